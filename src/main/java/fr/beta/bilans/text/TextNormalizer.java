package fr.beta.bilans.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Undoes what the text layer of a PDF does to words, so that patterns can be written plainly.
 *
 * <p>Ligatures ("ﬀ" → "ff") and compatibility characters go through Unicode NFKC; the apostrophes
 * seen in the reports (U+02BC "lʼ", U+2019 "l’") become "'"; every kind of space (NBSP, narrow
 * NBSP, thin space) becomes a plain space. Example: {@code "dʼaccompagnement"} → {@code
 * "d'accompagnement"}, {@code "5 869 442 €"} → {@code "5 869 442 €"}.
 */
public final class TextNormalizer {

  private static final Pattern APOSTROPHES = Pattern.compile("[\u02BC\u2019\u2018\u02B9\u00B4`]");
  private static final Pattern SPACES = Pattern.compile("[\\h&&[^\t]]");
  private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\u00AB\u00BB\u201E]");

  private TextNormalizer() {}

  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String apostrophes = APOSTROPHES.matcher(nfkc).replaceAll("'");
    String quotes = QUOTES.matcher(apostrophes).replaceAll("\"");
    return SPACES.matcher(quotes).replaceAll(" ");
  }
}
