package fr.beta.bilans.figures;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a document's language prints numbers: in French "12,5" is a decimal and "1 342" a thousands
 * group; in English "12,000" is twelve thousand and "11.1%" a decimal. Each document is read with
 * the grammar of its own language, never the other's.
 */
public enum NumberGrammar {
  FRENCH("fr", FrenchNumbers.NUMBER_REGEX),
  ENGLISH("en", EnglishNumbers.NUMBER_REGEX);

  private final String locale;
  private final Pattern pattern;

  NumberGrammar(String locale, String regex) {
    this.locale = locale;
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The language code it is the grammar of ({@code fr}, {@code en}). */
  public String locale() {
    return locale;
  }

  /** A number anywhere in running text. */
  public Pattern pattern() {
    return pattern;
  }

  public Optional<FrenchNumber> parse(String text) {
    return this == ENGLISH ? EnglishNumbers.parse(text) : FrenchNumbers.parse(text);
  }

  /** The grammar of a language code; French for any language without one of its own. */
  public static NumberGrammar of(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
        ? ENGLISH
        : FRENCH;
  }
}
