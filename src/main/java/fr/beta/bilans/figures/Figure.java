package fr.beta.bilans.figures;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A key figure read from one place of a report. {@code halfInterval} is the uncertainty that the
 * printed precision implies (0 for "5 869 442 €", 5 000 for "2,48 M€").
 */
public record Figure(
    MetricId metric,
    Period period,
    Kind kind,
    BigDecimal value,
    BigDecimal halfInterval,
    Unit unit,
    Optional<Qualifier> qualifier,
    int reportYear,
    Provenance provenance) {

  public Figure {
    requireNonNull(metric, "metric");
    requireNonNull(period, "period");
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    requireNonNull(halfInterval, "halfInterval");
    requireNonNull(unit, "unit");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(provenance, "provenance");
  }

  /** The identity a figure is scored and compared by: metric, period, kind. */
  public String key() {
    return metric + "|" + period + "|" + kind.id();
  }
}
