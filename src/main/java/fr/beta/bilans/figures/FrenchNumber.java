package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as printed in French, normalized: {@code value} in the figure's unit (euros as whole
 * euros, percentages in percent), {@code halfInterval} the uncertainty that the printed precision
 * implies ("2,48 M€" is 2 480 000 ± 5 000; "1 342" is exact, ± 0), the unit the text itself shows,
 * and a hedge written in the number ("> 100"). A {@code relative} number is printed as a change or
 * a factor ("+ 170", "x16"): a difference, not a level. {@code currency} is the ISO code of an
 * amount's currency when its sign tells it ("€", "US$", "C$"); a bare "$" tells none.
 */
public record FrenchNumber(
    BigDecimal value,
    BigDecimal halfInterval,
    Optional<Unit> unitShown,
    Optional<Qualifier> qualifier,
    boolean relative,
    String text,
    Optional<String> currency) {

  /** A number whose currency is the euro when it shows one, else none told. */
  public FrenchNumber(
      BigDecimal value,
      BigDecimal halfInterval,
      Optional<Unit> unitShown,
      Optional<Qualifier> qualifier,
      boolean relative,
      String text) {
    this(
        value,
        halfInterval,
        unitShown,
        qualifier,
        relative,
        text,
        unitShown.filter(u -> u == Unit.EUR).map(u -> "EUR"));
  }
}
