package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a printed number is worth in any language: its value once its magnitude applies ("2,48 M" is
 * 2 480 000), the uncertainty its printed digits leave (a whole number printed in full is exact;
 * decimals and magnitudes are known to half a unit of their last digit: ± 5 000), and the hedge of
 * its sign ("> 100", "~ 50").
 */
final class PrintedPrecision {

  private PrintedPrecision() {}

  static BigDecimal value(BigDecimal printed, BigDecimal multiplier) {
    BigDecimal value = printed.multiply(multiplier).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Half a unit of the last printed digit, {@code scale} digits after the point, magnified. */
  static BigDecimal halfInterval(int scale, BigDecimal multiplier) {
    return scale == 0 && multiplier.equals(BigDecimal.ONE)
        ? BigDecimal.ZERO
        : BigDecimal.ONE
            .movePointLeft(scale)
            .multiply(multiplier)
            .divide(BigDecimal.valueOf(2))
            .stripTrailingZeros();
  }

  /** The hedge a sign before the number gives ("&gt;", "~"), else {@code otherwise}. */
  static Optional<Qualifier> hedge(String sign, Optional<Qualifier> otherwise) {
    if (sign == null) {
      return otherwise;
    }
    return switch (sign) {
      case ">" -> Optional.of(Qualifier.MORE_THAN);
      case "~", "≈" -> Optional.of(Qualifier.ABOUT);
      default -> otherwise;
    };
  }
}
