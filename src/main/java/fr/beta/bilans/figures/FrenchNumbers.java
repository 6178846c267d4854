package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers the way French reports print them: "1 342" (space, NBSP or narrow NBSP as
 * thousands separator), "17,4 %", "5 869 442 €", "2,48 M€", "4,16 millions d'euros", "6,7M€", ">
 * 100", "+ 170", "x16", and "11.1 %" (a point before one or two digits is a decimal point). Cells
 * that mean "no value" ("ND", "N/A", "/") parse to empty.
 *
 * <p>Example: {@code FrenchNumbers.parse("2,48 M€")} → 2480000 euros, ± 5000.
 */
public final class FrenchNumbers {

  /**
   * The grammar of a number in running text, for use inside catalog patterns as {@code {n}}: an
   * optional hedge sign, the digits, and an optional unit or magnitude.
   */
  public static final String NUMBER_REGEX =
      "(?:[<>~≈+]\\s?|x\\s?)?(?<![\\d,.])(?:\\d{1,3}(?:[ \u00A0\u202F.]\\d{3})+|\\d+)(?:,\\d+|\\.\\d{1,2}(?!\\d))?(?![\\d])"
          + "(?:\\s?(?:%|€|[mk]€|md€|[mkg]\\$|\\$|millions? de dollars|milliards? de dollars|millions? d'euros|millions? €|millions|milliards? d'euros|m d'euros|pts?\\b))?";

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<hedge>[<>~≈+]|x)?\\s?(?<digits>\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:,(?<decimals>\\d+)|\\.(?<point>\\d{1,2}))?"
              + "\\s?(?<unit>%|€|[mk]€|md€|[mkg]\\$|\\$|millions? de dollars|milliards? de dollars|millions? d'euros|millions? €|millions|milliards? d'euros|m d'euros|pts?)?");

  private FrenchNumbers() {}

  /** Parses the whole text as one number; empty when it is not one (or means no value). */
  public static Optional<FrenchNumber> parse(String text) {
    String cleaned = clean(text);
    Matcher m = NUMBER.matcher(cleaned.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group("digits").replaceAll("[ .]", "");
    // A point before one or two digits is a decimal point even in French ("11.1 %"): a
    // thousands point is followed by three.
    String decimals = m.group("decimals") != null ? m.group("decimals") : m.group("point");
    BigDecimal printed = new BigDecimal(decimals == null ? digits : digits + "." + decimals);
    int scale = decimals == null ? 0 : decimals.length();
    BigDecimal multiplier = BigDecimal.ONE;
    Optional<Unit> unit = Optional.empty();
    String unitText = m.group("unit");
    if (unitText != null) {
      if (unitText.equals("%")) {
        unit = Optional.of(Unit.PERCENT);
      } else if (unitText.endsWith("$")) {
        // "19 574 746 $", "25,8 M$", "250 k$": dollars
        unit = Optional.of(Unit.MONEY);
        multiplier =
            switch (unitText.charAt(0)) {
              case 'k' -> BigDecimal.valueOf(1_000);
              case 'm' -> BigDecimal.valueOf(1_000_000);
              case 'g' -> BigDecimal.valueOf(1_000_000_000);
              default -> BigDecimal.ONE;
            };
      } else if (unitText.endsWith("de dollars")) {
        // "25,8 millions de dollars": an amount in another currency than the euro
        unit = Optional.of(Unit.MONEY);
        multiplier =
            BigDecimal.valueOf(unitText.startsWith("milliard") ? 1_000_000_000 : 1_000_000);
      } else if (unitText.equals("€")) {
        unit = Optional.of(Unit.EUR);
      } else if (unitText.equals("k€")) {
        unit = Optional.of(Unit.EUR);
        multiplier = BigDecimal.valueOf(1_000);
      } else if (unitText.startsWith("milliard") || unitText.equals("md€")) {
        unit = Optional.of(Unit.EUR);
        multiplier = BigDecimal.valueOf(1_000_000_000);
      } else if (unitText.startsWith("million") || unitText.startsWith("m")) {
        unit = unitText.equals("millions") ? Optional.empty() : Optional.of(Unit.EUR);
        multiplier = BigDecimal.valueOf(1_000_000);
      }
    }
    BigDecimal value = PrintedPrecision.value(printed, multiplier);
    BigDecimal half = PrintedPrecision.halfInterval(scale, multiplier);
    String hedge = m.group("hedge");
    Optional<Qualifier> qualifier = PrintedPrecision.hedge(hedge, Optional.empty());
    boolean relative = "+".equals(hedge) || "x".equals(hedge);
    return Optional.of(new FrenchNumber(value, half, unit, qualifier, relative, text.strip()));
  }

  private static String clean(String text) {
    return text.replaceAll("[\\h\\s]+", " ").strip();
  }
}
