package fr.beta.bilans.figures;

import java.math.BigDecimal;

/** Whether a printed number can be a value of a metric of the given unit. */
final class UnitCheck {

  private UnitCheck() {}

  static boolean fits(Unit unit, FrenchNumber number) {
    Unit shown = number.unitShown().orElse(null);
    return switch (unit) {
      case COUNT -> shown == null && isWhole(number.value());
      case EUR -> shown == null || shown == Unit.EUR;
      case PERCENT -> shown == Unit.PERCENT;
      case SCORE -> shown == null;
    };
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
