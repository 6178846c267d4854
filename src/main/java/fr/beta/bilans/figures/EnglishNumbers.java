package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers the way English reports print them: "12,000" and "1,324" (a comma between
 * thousands), "11.1%", "$25.8 million", "$17,170,932", ">137M", "700,000+", "5k". A currency sign
 * makes the number an amount of money (unit {@code money}); "+" after a number is a floor
 * ("700,000+ visits": more than).
 */
public final class EnglishNumbers {

  /** The grammar of a number in running English text. */
  public static final String NUMBER_REGEX =
      "(?:[<>~≈]\\s?)?(?:(?:C|CA|US)?\\$\\s?|[£€]\\s?)?(?<![\\d,.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d])"
          + "(?:\\s?(?:%|\\+|million\\b|millions\\b|billion\\b|billions\\b|thousand\\b|[mkb](?![\\p{L}\\d])))?";

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<hedge>[<>~≈])?\\s?(?<currency>(?:c|ca|us)?\\$|[£€])?\\s?"
              + "(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<decimals>\\d+))?"
              + "\\s?(?<unit>%|\\+|millions?|billions?|thousand|[mkb])?");

  private EnglishNumbers() {}

  /** Parses the whole text as one number; empty when it is not one. */
  public static Optional<FrenchNumber> parse(String text) {
    String cleaned = text.replaceAll("[\\h\\s]+", " ").strip();
    Matcher m = NUMBER.matcher(cleaned.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group("digits").replace(",", "");
    String decimals = m.group("decimals");
    BigDecimal printed = new BigDecimal(decimals == null ? digits : digits + "." + decimals);
    int scale = decimals == null ? 0 : decimals.length();
    BigDecimal multiplier = BigDecimal.ONE;
    String sign = m.group("currency");
    Optional<Unit> unit =
        sign == null ? Optional.empty() : Optional.of(sign.equals("€") ? Unit.EUR : Unit.MONEY);
    Optional<Qualifier> qualifier = Optional.empty();
    String unitText = m.group("unit");
    if (unitText != null) {
      switch (unitText) {
        case "%" -> unit = Optional.of(Unit.PERCENT);
        case "+" -> qualifier = Optional.of(Qualifier.MORE_THAN);
        case "k", "thousand" -> multiplier = BigDecimal.valueOf(1_000);
        case "m", "million", "millions" -> multiplier = BigDecimal.valueOf(1_000_000);
        default -> multiplier = BigDecimal.valueOf(1_000_000_000); // b, billion(s)
      }
    }
    BigDecimal value = PrintedPrecision.value(printed, multiplier);
    BigDecimal half = PrintedPrecision.halfInterval(scale, multiplier);
    qualifier = PrintedPrecision.hedge(m.group("hedge"), qualifier);
    Optional<String> currency =
        sign == null || sign.equals("$")
            ? Optional.empty()
            : Optional.of(
                switch (sign) {
                  case "£" -> "GBP";
                  case "€" -> "EUR";
                  default -> sign.startsWith("us") ? "USD" : "CAD";
                });
    return Optional.of(
        new FrenchNumber(value, half, unit, qualifier, false, text.strip(), currency));
  }
}
