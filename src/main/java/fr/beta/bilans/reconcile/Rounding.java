package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Intervals;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Compares two printed values the way XBRL calculation checks do (Arelle's Calc 1.1 model): each
 * value stands for the interval its printed precision implies ("5,6 M€" is [5 550 000, 5 650 000]);
 * two values agree when their intervals meet.
 */
final class Rounding {

  private Rounding() {}

  /**
   * How two values agree: {@code "same value"} or the rounding that reconciles them; empty when
   * they do not.
   */
  static Optional<String> agreement(
      BigDecimal a, BigDecimal halfA, BigDecimal b, BigDecimal halfB) {
    if (a.compareTo(b) == 0) {
      return Optional.of("same value");
    }
    if (Intervals.meet(a, halfA, b, halfB)) {
      BigDecimal wider = halfA.compareTo(halfB) >= 0 ? a : b;
      BigDecimal half = halfA.compareTo(halfB) >= 0 ? halfA : halfB;
      return Optional.of(
          "agrees after rounding: "
              + plain(wider)
              + " as printed stands for "
              + plain(wider.subtract(half))
              + " to "
              + plain(wider.add(half)));
    }
    return Optional.empty();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
