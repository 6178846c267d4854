package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import java.util.List;
import java.util.Locale;

/** One check of the reports against each other, with the figures involved and the arithmetic. */
public record Finding(
    Check check,
    String metric,
    String period,
    boolean passed,
    List<Figure> figures,
    String arithmetic) {

  public Finding {
    figures = List.copyOf(figures);
  }

  /** The kinds of cross-checks. */
  public enum Check {
    /** A later report restates a figure of an earlier year (a PLF table, "(6,8 M€ en 2021)"). */
    RESTATED,
    /** A cumulative figure against last year's plus this year's increment. */
    RUNNING_TOTAL,
    /** One report states one metric and period with two values. */
    STATED_TWICE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public String verdict() {
    return passed ? "passed" : "failed";
  }
}
