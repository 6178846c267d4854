package fr.beta.bilans.figures;

import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.TextBlock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The language of a document, told by its function words: in a page of French, "le", "de", "et",
 * "des" are a good part of the words; in English, "the", "of", "and", "to". Lucene's stop-word
 * lists of both languages are counted over the document's text (Tika's language detector is not
 * served by Maven Central at the Tika version the project uses). A document with too few of either
 * is read as French, the catalog's language.
 */
public final class DocumentLanguage {

  /** Function words to count before a language is told. */
  private static final int ENOUGH = 30;

  private static final int SAMPLE = 20_000;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
  private static final CharArraySet FRENCH = FrenchAnalyzer.getDefaultStopSet();
  private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private DocumentLanguage() {}

  /** A language told, and whether enough words told it. */
  public record Told(String code, boolean certain) {}

  /** {@code fr} or {@code en}. */
  public static String of(ExtractedReport report) {
    return told(report).code();
  }

  public static Told told(ExtractedReport report) {
    return told(sample(report));
  }

  private static String sample(ExtractedReport report) {
    StringBuilder text = new StringBuilder();
    for (ExtractedPage page : report.pages()) {
      for (TextBlock block : page.blocks()) {
        text.append(block.text()).append('\n');
        if (text.length() > SAMPLE) {
          return text.toString();
        }
      }
    }
    return text.toString();
  }

  public static String of(String text) {
    return told(text).code();
  }

  public static Told told(String text) {
    int french = 0;
    int english = 0;
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = m.group();
      // Words of both lists ("a", "on") tell nothing.
      boolean fr = FRENCH.contains(word);
      boolean en = ENGLISH.contains(word);
      if (fr && !en) {
        french++;
      } else if (en && !fr) {
        english++;
      }
    }
    boolean en = english > french && english >= ENOUGH;
    return new Told(en ? "en" : "fr", Math.max(english, french) >= ENOUGH);
  }
}
