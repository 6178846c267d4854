package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Finds the numbers of a flattened text that state a quantity, setting apart those that do not:
 * dates and years ("au 1er janvier 2024", "2023"), ordinals ("1er", "3e"), footnote markers glued
 * to a word ("membres2"), list markers ("3."), durations ("2 mois", "10 ans", "7 years": a length
 * of time, not a count of what a report tracks), identifiers and references ("n°352", "en page 30")
 * and numbers that open a quoted name.
 */
public final class NumberSpotter {

  private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern DURATION =
      Pattern.compile(
          "^\\s?(?:ans?|ann[ée]es?|mois|semaines?|jours?|heures?|h|minutes?|min|secondes?"
              + "|years?|months?|weeks?|days?|hours?|seconds?)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String IDENTIFIER_WORDS =
      "(?:n°|n º|no\\.|#|num[ée]ro|\\bpages?|\\bp\\.|\\bslides?|\\bsections?|\\bparties|"
          + "\\bpartie|\\bchapitres?|\\bcrit[èe]res?|\\b[ée]tapes?|\\bannexes?|\\bpromos?"
          + "|\\bpromotions?)";
  private static final Pattern IDENTIFIER =
      Pattern.compile(IDENTIFIER_WORDS + "\\s?$", Pattern.CASE_INSENSITIVE);

  /** The later numbers of a list of identifiers: the 15 of "promos 14 et 15", "pages 3, 4". */
  private static final Pattern IDENTIFIER_LIST =
      Pattern.compile(
          IDENTIFIER_WORDS + "\\s?\\d+(?:\\s?(?:,|et|à|-)\\s?\\d+)*\\s?(?:,|et|à|-)\\s?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PLURAL_NOUN =
      Pattern.compile("\\s(\\p{Ll}{3,}[sx])(?!\\p{L})", Pattern.UNICODE_CASE);

  /** Words after a year that Lucene's stop list leaves: "en 2023 plus de", "2022 puis". */
  private static final Pattern ADVERBS =
      Pattern.compile(
          "plus|moins|puis|alors|après|depuis|vers|sous|tous|toutes|plusieurs|lors|ainsi"
              + "|toujours|jamais|très|près|dès|hors");

  private static final CharArraySet FRENCH_STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

  private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<!\\p{L})\\p{Lu}{2,}\\s$");

  /** A number of the text and where it stands. */
  public record Spot(FrenchNumber number, int start, int end) {
    public int[] span() {
      return new int[] {start, end};
    }
  }

  private NumberSpotter() {}

  public static List<Spot> spots(String text) {
    return spots(text, DateExpressions.find(text), NumberGrammar.FRENCH);
  }

  /** The same, with the dates of {@code text} already found, read with a language's grammar. */
  public static List<Spot> spots(
      String text, List<DateExpressions.Found> dates, NumberGrammar grammar) {
    List<Spot> spots = new ArrayList<>();
    Matcher n = grammar.pattern().matcher(text);
    while (n.find()) {
      int start = n.start();
      int end = n.end();
      String printed = n.group();
      boolean inDate = dates.stream().anyMatch(d -> start < d.end() && d.start() < end);
      if (inDate
          || BARE_YEAR.matcher(printed.strip()).matches() && !countsNoun(text, end, grammar)
          || gluedToWord(text, start)
          || ordinal(text, end)
          || listMarker(text, start, end)
          || DURATION.matcher(text.substring(end)).find()
          || IDENTIFIER.matcher(text.substring(Math.max(0, start - 12), start)).find()
          || IDENTIFIER_LIST.matcher(text.substring(Math.max(0, start - 40), start)).find()
          || denominator(text, start)
          || namedByAcronym(text, start, end)
          || quoted(text, start)) {
        continue;
      }
      Optional<FrenchNumber> number = grammar.parse(printed);
      number.ifPresent(value -> spots.add(new Spot(value, start, end)));
    }
    return spots;
  }

  /**
   * "1946 billets": in French a year never stands right before a plural noun (it follows it: "les
   * résultats 2023"), so a number shaped like a year is a count there. A function word ("2023
   * dans", "2022 plus") or a month says nothing of the kind. English puts years before nouns ("2023
   * results") and groups the thousands of a count ("1,946 tickets"): there it stays a year.
   */
  private static boolean countsNoun(String text, int end, NumberGrammar grammar) {
    if (grammar != NumberGrammar.FRENCH) {
      return false;
    }
    Matcher next = PLURAL_NOUN.matcher(text).region(end, text.length());
    return next.lookingAt()
        && !FRENCH_STOP_WORDS.contains(next.group(1))
        && !ADVERBS.matcher(next.group(1)).matches()
        && DateExpressions.monthNumber(next.group(1)) == 0;
  }

  /** "membres2", "2024*1": a footnote marker, not a quantity. */
  private static boolean gluedToWord(String text, int start) {
    return start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '*');
  }

  /**
   * A number right after an opening quote is part of a name ("le programme « 40 investigations »").
   */
  private static boolean quoted(String text, int start) {
    int at = start - 1;
    while (at >= 0 && text.charAt(at) == ' ') {
      at--;
    }
    if (at < 0 || text.charAt(at) != '"') {
      return false;
    }
    // An opening quote: one that an odd number of quotes precede, counting itself.
    return text.substring(0, at + 1).chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** The "5" of "4,2/5": the scale of a score, not a quantity. */
  private static boolean denominator(String text, int start) {
    return start > 1 && text.charAt(start - 1) == '/' && Character.isDigit(text.charAt(start - 2));
  }

  /**
   * "les lauréats du FAST 12", "COVID 19": a number that ends its clause right after an acronym
   * names an edition or a variant, it counts nothing.
   */
  private static boolean namedByAcronym(String text, int start, int end) {
    Matcher before = ACRONYM_BEFORE.matcher(text.substring(0, start));
    if (!before.find()) {
      return false;
    }
    String after = text.substring(end).stripLeading();
    return after.isEmpty() || ".,;:!?)]".indexOf(after.charAt(0)) >= 0;
  }

  /** "1er", "3e", "2nd", "10ème". */
  private static boolean ordinal(String text, int end) {
    return end < text.length() && Character.isLetter(text.charAt(end));
  }

  /** "3." or "3)" opening the text: the number of a list item. */
  private static boolean listMarker(String text, int start, int end) {
    return text.substring(0, start).isBlank()
        && end < text.length()
        && (text.charAt(end) == '.' || text.charAt(end) == ')')
        && (end + 1 >= text.length() || text.charAt(end + 1) == ' ');
  }
}
