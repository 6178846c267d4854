package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a French reader writes them: a narrow no-break space between thousands ({@code 1
 * 342}), a decimal comma ({@code 45,5}), millions of euros as {@code 5,5 M€}, a percent sign after
 * a space. Only for people: the JSON and CSV keep plain decimals.
 */
public final class FrenchFormat {

  /** U+202F, the thin no-break space French typography puts between groups of digits. */
  private static final char GROUP = '\u202f';

  private FrenchFormat() {}

  /** The value exactly as given (no digit dropped), grouped and with a decimal comma. */
  public static String number(BigDecimal value) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator(GROUP);
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('−');
    DecimalFormat format = new DecimalFormat("#,##0.###############", symbols);
    format.setParseBigDecimal(true);
    return format.format(value.stripTrailingZeros());
  }

  /**
   * The value with its unit: euros from a million up in millions ({@code 25,75 M€}, to three
   * significant decimals at most, never rounding away a digit the value has beyond them, which
   * stays in full), other euros in full ({@code 1 046 €}), percentages with {@code %}.
   */
  public static String withUnit(BigDecimal value, Unit unit) {
    return switch (unit) {
      case EUR -> euros(value);
      case PERCENT -> number(value) + "\u202f%";
      case COUNT, QUANTITY, SCORE, MONEY -> number(value);
    };
  }

  private static String euros(BigDecimal value) {
    BigDecimal millions = value.movePointLeft(6);
    if (value.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
        && millions.stripTrailingZeros().scale() <= 3) {
      return number(millions) + "\u202fM€";
    }
    if (value.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      // More digits than a reader takes in: a compact reading, the exact value beside it.
      return number(millions.setScale(2, RoundingMode.HALF_UP))
          + "\u202fM€ ("
          + number(value)
          + "\u202f€)";
    }
    return number(value) + "\u202f€";
  }

  /** A scale level: {@code 5 M} for five million, {@code 250} for 250, {@code 2,5} for 2.5. */
  public static String compact(double value) {
    if (value >= 1_000_000) {
      return number(BigDecimal.valueOf(value / 1_000_000)) + "\u202fM";
    }
    if (value >= 10_000) {
      return number(BigDecimal.valueOf(value / 1_000)) + "\u202fk";
    }
    return number(BigDecimal.valueOf(value));
  }
}
