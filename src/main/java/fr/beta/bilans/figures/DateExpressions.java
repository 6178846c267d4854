package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates that French text gives: "au 1er janvier 2024" (a day), "au 31/12/2020" (a day),
 * "en janvier 2023" (a month), "en 2023" (a year). These are the grammar of French dates, not
 * wordings of the reports, which is why they live in code and not in the catalog.
 */
public final class DateExpressions {

  /** A date found in text, with where it stands. */
  public record Found(Period period, int start, int end) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1),
          Map.entry("fevrier", 2),
          Map.entry("février", 2),
          Map.entry("mars", 3),
          Map.entry("avril", 4),
          Map.entry("mai", 5),
          Map.entry("juin", 6),
          Map.entry("juillet", 7),
          Map.entry("aout", 8),
          Map.entry("août", 8),
          Map.entry("septembre", 9),
          Map.entry("octobre", 10),
          Map.entry("novembre", 11),
          Map.entry("decembre", 12),
          Map.entry("décembre", 12),
          // An English report's dates ("As of March 31, 2024"): its numbers are read in English.
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  public static final String MONTH_REGEX =
      "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
          + "|january|february|march|april|may|june|july|august|september|october|november"
          + "|december";

  private static final Pattern DAY_WORDS =
      Pattern.compile(
          "\\b(?:au|le|du)\\s+(?<day>1er|\\d{1,2})\\s+(?<month>"
              + MONTH_REGEX
              + ")\\s+(?<year>(?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "March 31, 2024", "as of March 31 2024": the English order of a day. */
  private static final Pattern DAY_ENGLISH =
      Pattern.compile(
          "\\b(?<month>"
              + MONTH_REGEX
              + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "FY 2022-23", "fiscal year 2023-2024", "l'exercice de 2022-2023": a fiscal year. */
  private static final Pattern FISCAL =
      Pattern.compile(
          "\\b(?:fy|fiscal year|exercice(?: financier)?(?: de)?)\\s?(?<first>(?:19|20)\\d\\d)"
              + "\\s?[-–/]\\s?(?<second>(?:19|20)\\d\\d|\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DAY_NUMERIC =
      Pattern.compile("\\b(?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>(?:19|20)\\d\\d)\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(?<month>" + MONTH_REGEX + ")\\s+(?<year>(?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?:en|pour|de l'ann[ée]e)\\s+(?<year>(?:19|20)\\d\\d)\\b(?![,.]?\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateExpressions() {}

  /** Every date in the text, most precise first where two overlap, in order of appearance. */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher fiscal = FISCAL.matcher(text);
    while (fiscal.find()) {
      int first = Integer.parseInt(fiscal.group("first"));
      int second = Integer.parseInt(fiscal.group("second"));
      second = second < 100 ? first / 100 * 100 + second : second;
      if (second == first + 1) {
        add(found, new Found(Period.fiscal(first + "-" + second), fiscal.start(), fiscal.end()));
      }
    }
    collect(DAY_WORDS.matcher(text), found, true, true);
    collect(DAY_ENGLISH.matcher(text), found, true, true);
    collect(DAY_NUMERIC.matcher(text), found, true, false);
    collect(MONTH.matcher(text), found, false, true);
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      add(
          found,
          new Found(Period.year(Integer.parseInt(year.group("year"))), year.start(), year.end()));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** Parses a month name ("janvier", "Décembre") to its number; 0 when it is not one. */
  public static int monthNumber(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static void collect(Matcher m, List<Found> found, boolean withDay, boolean namedMonth) {
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      int month = namedMonth ? monthNumber(m.group("month")) : Integer.parseInt(m.group("month"));
      if (month < 1 || month > 12) {
        continue;
      }
      Period period;
      if (withDay) {
        String d = m.group("day");
        int day = d.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(d);
        if (day < 1 || day > 31) {
          continue;
        }
        period = Period.day(year, month, day);
      } else {
        period = Period.month(year, month);
      }
      add(found, new Found(period, m.start(), m.end()));
    }
  }

  private static void add(List<Found> found, Found candidate) {
    for (Found f : found) {
      if (candidate.start() < f.end() && f.start() < candidate.end()) {
        return;
      }
    }
    found.add(candidate);
  }
}
