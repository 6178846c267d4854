package fr.beta.bilans.figures;

import java.math.BigDecimal;

/** Values as the intervals their printed precision implies: "6,7 M€" is [6 650 000, 6 750 000]. */
public final class Intervals {

  private Intervals() {}

  /** Whether {@code a ± halfA} and {@code b ± halfB} meet. */
  public static boolean meet(BigDecimal a, BigDecimal halfA, BigDecimal b, BigDecimal halfB) {
    return a.subtract(halfA).compareTo(b.add(halfB)) <= 0
        && b.subtract(halfB).compareTo(a.add(halfA)) <= 0;
  }

  public static boolean meet(Figure a, Figure b) {
    return meet(a.value(), a.halfInterval(), b.value(), b.halfInterval());
  }
}
