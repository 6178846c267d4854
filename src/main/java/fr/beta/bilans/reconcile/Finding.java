package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import java.util.List;
import java.util.Locale;

/**
 * One check of the reports against each other: its verdict and the rule that decided it, the
 * figures involved and the arithmetic.
 */
public record Finding(
    Check check,
    String metric,
    String period,
    Verdict verdict,
    String rule,
    List<Figure> figures,
    String arithmetic) {

  /** What a cross-check concluded. */
  public enum Verdict {
    /** The values agree (the same, or within their rounding). */
    PASSED,
    /** The values differ beyond rounding: someone should look. */
    FAILED,
    /** Both values are hedged ("environ 550", "près de 500") and close: no contradiction. */
    APPROXIMATE,
    /** The figures cover different scopes ("et ses partenaires" against "par la DINUM"). */
    DIFFERENT_SCOPE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the check found nothing to look at: every verdict but a failure. */
  public boolean passed() {
    return verdict != Verdict.FAILED;
  }

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
}
