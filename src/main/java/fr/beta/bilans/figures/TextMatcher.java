package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalog's metrics in one piece of text (a block of a page, a sentence of a summary) and
 * dates each number found.
 *
 * <p>A number is dated by, in order: the pattern's own {@code period} group; a date stated after it
 * in the same clause ("213 services ... en janvier 2024"); a date before it in the same sentence
 * ("En 2021, 5 produits ..."); the date of the page heading (any date for a state, a year for a
 * flow); the year of the report. Where one number is claimed by several metrics, the longest match
 * (the most specific wording) wins.
 */
public final class TextMatcher {

  private static final Pattern NUMBER =
      Pattern.compile(FrenchNumbers.NUMBER_REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int CLAUSE_REACH = 160;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h]+");

  private final Catalog catalog;

  public TextMatcher(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Normalizes text for matching: single spaces, no line breaks. */
  public static String flatten(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * The metrics found in {@code text} (already flattened), dated with {@code headingDates} (the
   * dates of the page heading, if any) and {@code defaultYear}.
   */
  public List<TextMatch> match(String text, List<Period> headingDates, int defaultYear) {
    return match(text, headingDates, defaultYear, dropped -> {});
  }

  /**
   * As {@link #match(String, List, int)}, telling {@code dropped} of each value a pattern matched
   * that the metric's unit refuses.
   */
  public List<TextMatch> match(
      String text, List<Period> headingDates, int defaultYear, Consumer<String> dropped) {
    List<TextMatch> candidates = new ArrayList<>();
    for (MetricDefinition metric : catalog.metrics()) {
      for (Pattern pattern : metric.patterns()) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          candidate(metric, m, text, headingDates, defaultYear, dropped).ifPresent(candidates::add);
        }
      }
    }
    return bestPerNumber(candidates);
  }

  private Optional<TextMatch> candidate(
      MetricDefinition metric,
      Matcher m,
      String text,
      List<Period> headingDates,
      int defaultYear,
      Consumer<String> dropped) {
    Optional<FrenchNumber> parsed = FrenchNumbers.parse(m.group("value"));
    if (parsed.isEmpty() || parsed.get().relative()) {
      return Optional.empty();
    }
    Optional<String> misfit = UnitCheck.misfit(metric.unit(), parsed.get());
    if (misfit.isPresent()) {
      dropped.accept(
          "a pattern of "
              + metric.id().id()
              + " matched '"
              + m.group().strip()
              + "', dropped: "
              + misfit.get());
      return Optional.empty();
    }
    int start = m.start("value");
    int end = m.end("value");
    Period period =
        groupPeriod(m)
            .orElseGet(
                () -> date(metric.temporality(), text, start, end, headingDates, defaultYear));
    Optional<Qualifier> qualifier = parsed.get().qualifier().or(() -> hedgeBefore(text, start));
    return Optional.of(
        new TextMatch(metric, parsed.get(), period, qualifier, start, end, m.end() - m.start()));
  }

  private static Optional<Period> groupPeriod(Matcher m) {
    String group;
    try {
      group = m.group("period");
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (group == null) {
      return Optional.empty();
    }
    if (group.matches("\\d{4}")) {
      return Optional.of(Period.year(Integer.parseInt(group)));
    }
    return DateExpressions.find(group).stream().findFirst().map(DateExpressions.Found::period);
  }

  /**
   * The period of the number at {@code [start, end)} of {@code text}: a date stated after it in its
   * clause, else before it in its sentence, else the page heading's (any date for a state, a year
   * for a flow), else {@code defaultYear}.
   */
  public Period date(
      MetricDefinition.Temporality temporality,
      String text,
      int start,
      int end,
      List<Period> headingDates,
      int defaultYear) {
    return date(
        temporality, text, DateExpressions.find(text), start, end, headingDates, defaultYear);
  }

  /** The same, with the dates of {@code text} already found (a block with many numbers). */
  public Period date(
      MetricDefinition.Temporality temporality,
      String text,
      List<DateExpressions.Found> found,
      int start,
      int end,
      List<Period> headingDates,
      int defaultYear) {
    List<DateExpressions.Found> dates = found.stream().filter(d -> !ignored(text, d)).toList();
    int clauseEnd =
        Math.min(text.length(), Math.min(end + CLAUSE_REACH, nextNumber(text, end, dates)));
    Optional<Period> local =
        dates.stream()
            .filter(d -> d.start() >= end && d.start() < clauseEnd)
            .findFirst()
            .map(DateExpressions.Found::period);
    if (local.isEmpty()) {
      int sentenceStart = sentenceStart(text, start);
      local =
          dates.stream()
              .filter(d -> d.end() <= start && d.start() >= sentenceStart)
              .reduce((first, second) -> second)
              .map(DateExpressions.Found::period);
    }
    Optional<Period> heading =
        headingDates.stream()
            .filter(p -> temporality == MetricDefinition.Temporality.STATE || p.isYear())
            .findFirst();
    if (local.isPresent()) {
      Period l = local.get();
      // "en janvier 2024" under a heading "au 1er janvier 2024": the heading is more precise.
      return heading.filter(h -> h.isDay() && l.isMonth() && h.iso().startsWith(l.iso())).orElse(l);
    }
    return heading.orElse(Period.year(defaultYear));
  }

  private boolean ignored(String text, DateExpressions.Found date) {
    String before = text.substring(Math.max(0, date.start() - 60), date.start());
    return catalog.periodIgnored().stream().anyMatch(p -> p.matcher(before).find());
  }

  /** Where the next number that is not part of a date starts after {@code from}. */
  private static int nextNumber(String text, int from, List<DateExpressions.Found> dates) {
    Matcher m = NUMBER.matcher(text);
    int at = from;
    while (m.find(at)) {
      int s = m.start();
      boolean inDate = dates.stream().anyMatch(d -> s >= d.start() && s < d.end());
      if (!inDate && s >= from) {
        return s;
      }
      at = m.end();
      if (at >= text.length()) {
        break;
      }
    }
    return text.length();
  }

  private static int sentenceStart(String text, int position) {
    int dot = text.lastIndexOf(". ", position);
    int bang = Math.max(text.lastIndexOf("! ", position), text.lastIndexOf("? ", position));
    return Math.max(dot, bang) + 1;
  }

  /** The hedge that the catalog's qualifier words put right before the number ("plus de 1 500"). */
  public Optional<Qualifier> hedgeBefore(String text, int valueStart) {
    String before =
        text.substring(Math.max(0, valueStart - 30), valueStart)
            .toLowerCase(Locale.ROOT)
            .stripTrailing();
    for (Map.Entry<Qualifier, List<String>> entry : catalog.qualifiers().entrySet()) {
      for (String phrase : entry.getValue()) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (before.endsWith(p)
            && (before.length() == p.length()
                || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
          return Optional.of(entry.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static List<TextMatch> bestPerNumber(List<TextMatch> candidates) {
    List<TextMatch> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(TextMatch::matchLength).reversed());
    List<TextMatch> kept = new ArrayList<>();
    for (TextMatch c : sorted) {
      boolean taken =
          kept.stream()
              .anyMatch(k -> c.valueStart() < k.valueEnd() && k.valueStart() < c.valueEnd());
      if (!taken) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(TextMatch::valueStart));
    return kept;
  }
}
