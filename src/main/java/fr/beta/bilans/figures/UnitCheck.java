package fr.beta.bilans.figures;

import java.math.BigDecimal;

/** Whether a printed number can be a value of a metric of the given unit. */
final class UnitCheck {

  private UnitCheck() {}

  /** Why the number cannot be a value of the unit, when it cannot. */
  static java.util.Optional<String> misfit(Unit unit, FrenchNumber number) {
    if (fits(unit, number)) {
      return java.util.Optional.empty();
    }
    Unit shown = number.unitShown().orElse(null);
    if (unit == Unit.COUNT && shown == null) {
      return java.util.Optional.of(
          "a count is a whole number (declare non-integer amounts such as FTE with unit: quantity)");
    }
    return java.util.Optional.of(
        "the metric's unit is "
            + unit.id()
            + ", the number shows "
            + (shown == null ? "no unit" : shown.id()));
  }

  /**
   * Whether the number can be a value of the metric: its unit, and its currency when both tell one.
   */
  static boolean fits(MetricDefinition metric, FrenchNumber number) {
    boolean currency =
        metric.currency().isEmpty()
            || number.currency().isEmpty()
            || metric.currency().equals(number.currency());
    return currency && fits(metric.unit(), number);
  }

  static boolean fits(Unit unit, FrenchNumber number) {
    Unit shown = number.unitShown().orElse(null);
    return switch (unit) {
      case COUNT -> shown == null && isWhole(number.value());
      case QUANTITY -> shown == null;
      case EUR -> shown == null || shown == Unit.EUR;
      case MONEY -> shown == null || shown == Unit.MONEY;
      case PERCENT -> shown == Unit.PERCENT;
      case SCORE -> shown == null;
    };
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
