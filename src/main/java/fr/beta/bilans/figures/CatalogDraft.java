package fr.beta.bilans.figures;

import fr.beta.bilans.extract.ExtractedReport;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A starter catalog drafted from a report, for an analyst to prune: one metric per number whose
 * words right after it say what it counts ("1,324 federal public servants attended …"), its id and
 * concept from those words, its unit from how the number is printed, the page and the sentence as a
 * comment. Nothing in it is known to be a key figure: deleting is the analyst's part.
 */
public final class CatalogDraft {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private CatalogDraft() {}

  /** The draft's YAML text: {@code catalog} gives the number grammar and language analysis. */
  public static String of(Catalog catalog, ExtractedReport report, int reportYear) {
    FigureMatcher.Reading reading = new FigureMatcher(catalog).read(report, reportYear);
    Map<String, String> entries = new LinkedHashMap<>();
    for (Mention m : reading.mentions()) {
      if (m.label().contains("....")) {
        continue; // a table of contents: its numbers are pages
      }
      List<String> words = words(m.context().clauseAfter());
      if (meaningful(words, catalog).isEmpty()) {
        continue; // nothing after the number says what it counts
      }
      String id = id(words);
      if (id.isEmpty() || entries.containsKey(id)) {
        continue;
      }
      entries.put(id, entry(id, words, m, catalog));
    }
    StringBuilder yaml = new StringBuilder();
    yaml.append("# A catalog drafted by `bilans catalog draft` from ")
        .append(report.file())
        .append(": one metric per number\n")
        .append("# whose following words say what it counts. Keep the key figures, delete the")
        .append(" rest, then\n# refine each concept (names, with, without) and check it:")
        .append(" ./bilans catalog check FILE\n")
        .append("version: 1\n\nlanguages: [")
        .append(reading.locale())
        .append("]\n\nmetrics:\n");
    entries.values().forEach(yaml::append);
    return yaml.toString();
  }

  /**
   * One metric: its name the first word of the label that says something (not "of", "the"), its
   * {@code with} group the next one, else the last such word before the number ("Responded to 1,946
   * tickets"): a name alone scores below what a figure needs.
   */
  private static String entry(String id, List<String> words, Mention m, Catalog catalog) {
    String label = String.join(" ", words);
    List<String> meaningful = meaningful(words, catalog);
    List<String> before = meaningful(words(m.context().lead()), catalog);
    String name = meaningful.get(0);
    String with =
        meaningful.size() > 1
            ? meaningful.get(1)
            : before.isEmpty() ? null : before.get(before.size() - 1);
    return "  # page "
        + m.page()
        + ": "
        + abbreviated(m.label().replaceAll("\\s+", " ").strip())
        + "\n  - id: "
        + id
        + "\n    label: "
        + quoted(capitalized(label))
        + "\n    unit: "
        + unit(m.number()).id()
        + "\n    concept:\n      names: ["
        + quoted(name)
        + "]\n"
        + (with == null
            ? "      # a name alone scores 3, below the 4 of a figure: add a with group\n"
            : "      with: [[" + quoted(with) + "]]\n")
        + "\n";
  }

  /** The words that say something, in their order: not "of", "the", "de", "la". */
  private static List<String> meaningful(List<String> words, Catalog catalog) {
    return words.stream()
        .filter(w -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT)))
        .filter(w -> !catalog.grammar().analysis().terms(w).isEmpty())
        .toList();
  }

  /** The label's words: up to the clause's end, a few at the most. */
  private static List<String> words(String clause) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(clause);
    while (m.find() && words.size() < 6) {
      words.add(m.group());
    }
    return words;
  }

  private static String id(List<String> words) {
    String ascii =
        Normalizer.normalize(
                String.join("_", words.subList(0, Math.min(3, words.size()))), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]+", "_")
            .replaceAll("_+", "_")
            .replaceAll("^_|_$", "");
    return ascii.isEmpty() || !Character.isLetter(ascii.charAt(0)) ? "" : ascii;
  }

  private static Unit unit(FrenchNumber n) {
    if (n.unitShown().isPresent()) {
      return n.unitShown().get();
    }
    return n.value().stripTrailingZeros().scale() > 0 ? Unit.QUANTITY : Unit.COUNT;
  }

  private static String abbreviated(String text) {
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
