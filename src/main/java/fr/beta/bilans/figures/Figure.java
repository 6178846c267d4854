package fr.beta.bilans.figures;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A key figure read from one place of a report. {@code halfInterval} is the uncertainty that the
 * printed precision implies (0 for "5 869 442 €", 5 000 for "2,48 M€"). {@code terms} are the
 * catalog terms that recognized it by what it counts, with their {@code score}; both are empty (0)
 * for a figure that a catalog pattern or a table row states explicitly.
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
    Provenance provenance,
    List<String> terms,
    double score,
    Optional<String> currency) {

  /** A figure that a catalog pattern or a table row states explicitly. */
  public Figure(
      MetricId metric,
      Period period,
      Kind kind,
      BigDecimal value,
      BigDecimal halfInterval,
      Unit unit,
      Optional<Qualifier> qualifier,
      int reportYear,
      Provenance provenance) {
    this(
        metric,
        period,
        kind,
        value,
        halfInterval,
        unit,
        qualifier,
        reportYear,
        provenance,
        List.of(),
        0);
  }

  /** A figure whose currency, if any, is the euro of an {@code eur} unit. */
  public Figure(
      MetricId metric,
      Period period,
      Kind kind,
      BigDecimal value,
      BigDecimal halfInterval,
      Unit unit,
      Optional<Qualifier> qualifier,
      int reportYear,
      Provenance provenance,
      List<String> terms,
      double score) {
    this(
        metric,
        period,
        kind,
        value,
        halfInterval,
        unit,
        qualifier,
        reportYear,
        provenance,
        terms,
        score,
        unit == Unit.EUR ? Optional.of("EUR") : Optional.empty());
  }

  public Figure {
    requireNonNull(currency, "currency");
    requireNonNull(metric, "metric");
    requireNonNull(period, "period");
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    requireNonNull(halfInterval, "halfInterval");
    requireNonNull(unit, "unit");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(provenance, "provenance");
    terms = List.copyOf(terms);
  }

  /** This figure, recognized by the words of its concept. */
  public Figure recognizedBy(List<String> words, double wordScore) {
    return new Figure(
        metric,
        period,
        kind,
        value,
        halfInterval,
        unit,
        qualifier,
        reportYear,
        provenance,
        words,
        wordScore,
        currency);
  }

  /** This figure, of another period (the report's fiscal year, the date of its twin). */
  public Figure withPeriod(Period other) {
    return new Figure(
        metric,
        other,
        kind,
        value,
        halfInterval,
        unit,
        qualifier,
        reportYear,
        provenance,
        terms,
        score,
        currency);
  }

  /** This figure, its amount in the given currency. */
  public Figure inCurrency(Optional<String> code) {
    return new Figure(
        metric,
        period,
        kind,
        value,
        halfInterval,
        unit,
        qualifier,
        reportYear,
        provenance,
        terms,
        score,
        code);
  }

  /** Whether the figure was recognized by its words rather than stated in a catalog wording. */
  public boolean recognized() {
    return !terms.isEmpty();
  }

  /** The identity a figure is scored and compared by: metric, period, kind. */
  public String key() {
    return metric + "|" + period + "|" + kind.id();
  }
}
