package fr.beta.bilans.evaluate;

import fr.beta.bilans.figures.Period;
import java.math.BigDecimal;

/** What a figure is scored by: metric, period, kind, value. */
public record Tuple(String metric, Period period, String kind, BigDecimal value) {

  public Tuple {
    value = value.stripTrailingZeros();
  }

  /** Equal, treating a year N and the day "N+1-01-01" as the same period (catalog.md). */
  public boolean sameAs(Tuple other) {
    return metric.equals(other.metric)
        && kind.equals(other.kind)
        && value.compareTo(other.value) == 0
        && period.sameMomentAs(other.period);
  }

  @Override
  public String toString() {
    return metric + " " + period + " " + kind + " = " + value.toPlainString();
  }
}
