package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a person should look at: a claim that disagrees with its report, or a failed
 * cross-check. Its id names the place (summary or check, metric, period) and stays the same from
 * run to run; its values are those that disagree, so that a change of value is a new problem.
 */
public record Problem(String id, List<BigDecimal> values, String text) {

  public Problem {
    values = values.stream().map(Problem::canonical).toList();
  }

  /** A disagreeing claim: the summary's value, then the report's. */
  public static Problem of(ClaimCheck check) {
    List<BigDecimal> values = new ArrayList<>();
    values.add(check.claim().number().value());
    check.evidence().ifPresent(e -> values.add(e.value()));
    String metric = check.claim().metric().map(m -> m.id().id()).orElse("unnamed");
    return new Problem(
        "claim:" + check.claim().summary() + ":" + metric + ":" + check.claim().period().iso(),
        values,
        check.claim().summary()
            + " ("
            + check.claim().sectionYear()
            + "): «"
            + check.claim().text()
            + "» disagrees: "
            + check.explanation());
  }

  /** A failed cross-check: the distinct values of its figures, in the order of the figures. */
  public static Problem of(Finding finding) {
    List<BigDecimal> values = new ArrayList<>();
    for (Figure figure : finding.figures()) {
      BigDecimal value = canonical(figure.value());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return new Problem(
        finding.check().id() + ":" + finding.metric() + ":" + finding.period(),
        values,
        finding.check().id()
            + " "
            + finding.metric()
            + " "
            + finding.period()
            + " failed: "
            + finding.arithmetic());
  }

  /** The problems of a reconciliation, claims first. */
  public static List<Problem> of(Reconciliation reconciliation) {
    List<Problem> problems = new ArrayList<>();
    reconciliation.claims().stream()
        .filter(c -> c.status() == ClaimStatus.DISAGREES)
        .forEach(c -> problems.add(of(c)));
    reconciliation.findings().stream().filter(f -> !f.passed()).forEach(f -> problems.add(of(f)));
    return problems;
  }

  /** Whether this is the same problem with the same values (25 and 25.0 are the same value). */
  public boolean sameAs(String otherId, List<BigDecimal> otherValues) {
    return id.equals(otherId)
        && values.equals(otherValues.stream().map(Problem::canonical).toList());
  }

  private static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
