package fr.beta.bilans.summaries;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.ColumnMeaning;
import fr.beta.bilans.figures.DateExpressions;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.MetricRecognizer;
import fr.beta.bilans.figures.NumberContext;
import fr.beta.bilans.figures.NumberSpotter;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Recognition;
import fr.beta.bilans.figures.TextMatch;
import fr.beta.bilans.figures.TextMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns each number of a summary's year sections into a {@link Claim}. Its metric comes from the
 * catalog's patterns where one matches, else from the recognizer (what the words around it count),
 * else it stays empty; the section's year dates a claim unless its sentence says otherwise ("... en
 * 2025"). Years, dates, ordinals and list markers are not claims.
 */
public final class ClaimFinder {

  /** The part of a recognition's score that its name in the number's own clause gives. */
  private static final double OWN_NAME = 2;

  private final Catalog catalog;
  private final TextMatcher matcher;
  private final MetricRecognizer recognizer;
  private final Catalog.Grammar grammar;

  public ClaimFinder(Catalog catalog, MetricRecognizer recognizer) {
    this.catalog = catalog;
    this.matcher = new TextMatcher(catalog);
    this.recognizer = recognizer;
    this.grammar = catalog.grammar();
  }

  public List<Claim> claims(Summary summary) {
    List<Claim> claims = new ArrayList<>();
    for (Summary.Section section : summary.sections()) {
      for (Summary.Passage passage : section.passages()) {
        claims.addAll(
            passage.cell().isPresent()
                ? cellClaims(summary.file(), section.year(), passage)
                : claims(summary.file(), section.year(), passage));
      }
    }
    return claims;
  }

  /**
   * The numbers of a table cell: what they count is the row's label, their period and kind the
   * column's header (by the catalog's column rules), as for a report's table.
   */
  private List<Claim> cellClaims(String file, int year, Summary.Passage passage) {
    Summary.Cell cell = passage.cell().get();
    Optional<ColumnMeaning> column = ColumnMeaning.of(catalog, cell.columnHeader());
    List<Claim> claims = new ArrayList<>();
    for (NumberSpotter.Spot spot : NumberSpotter.spots(passage.text())) {
      NumberContext context =
          new NumberContext(
                  cell.rowLabel() + " " + cell.columnHeader(),
                  cell.columnHeader(),
                  cell.rowLabel(),
                  "")
              .withTopic(passage.headings());
      Optional<MetricDefinition> row = catalog.metricOfRow(cell.rowLabel());
      Optional<Recognition> recognition =
          row.isPresent() ? Optional.empty() : recognizer.recognize(context, spot.number());
      claims.add(
          new Claim(
              file,
              year,
              cell.rowLabel() + " — " + cell.columnHeader() + ": " + passage.text(),
              row.or(() -> recognition.map(Recognition::metric)),
              column.map(ColumnMeaning::period).orElse(Period.year(year)),
              column.map(ColumnMeaning::kind).orElse(Kind.ACTUAL),
              spot.number(),
              spot.number().qualifier(),
              context,
              recognition.map(Recognition::terms).orElse(List.of()),
              row.isPresent() || recognition.map(ClaimFinder::firm).orElse(false),
              passage.picture()));
    }
    return claims;
  }

  /** A recognition whose name and every group stand in the number's own clause. */
  private static boolean firm(Recognition r) {
    return r.nameScore() >= OWN_NAME && r.ownGroups();
  }

  private List<Claim> claims(String file, int year, Summary.Passage passage) {
    String text = passage.text();
    // The page's sub-headings date what is under them ("En janvier 2024"), as a report's titles.
    List<Period> headingDates =
        DateExpressions.find(TextMatcher.flatten(passage.headings())).stream()
            .map(DateExpressions.Found::period)
            .toList();
    List<TextMatch> matches = matcher.match(text, headingDates, year);
    List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
    List<NumberContext> contexts =
        NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList()).stream()
            .map(c -> introduced(c, passage))
            .toList();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      NumberSpotter.Spot spot = spots.get(i);
      NumberContext context = contexts.get(i);
      Kind kind = grammar.kindOf(context.lead());
      String clause = clause(text, spot.start(), spot.end());
      Optional<TextMatch> match =
          matches.stream()
              .filter(m -> spot.start() < m.valueEnd() && m.valueStart() < spot.end())
              .findFirst();
      if (match.isPresent()) {
        TextMatch m = match.get();
        claims.add(
            new Claim(
                file,
                year,
                clause,
                Optional.of(m.metric()),
                m.period(),
                kind,
                m.number(),
                m.qualifier(),
                context,
                List.of(),
                true,
                passage.picture()));
        continue;
      }
      // As for a report's mention, a claim names a metric when its own clause does: words that
      // introduce a list or head a section are too broad for that.
      Optional<Recognition> recognition =
          recognizer.recognize(context, spot.number()).filter(r -> r.nameScore() >= OWN_NAME);
      Optional<MetricDefinition> metric = recognition.map(Recognition::metric);
      Period period =
          matcher.date(
              metric.map(MetricDefinition::temporality).orElse(MetricDefinition.Temporality.FLOW),
              text,
              spot.start(),
              spot.end(),
              headingDates,
              year);
      claims.add(
          new Claim(
              file,
              year,
              clause,
              metric,
              period,
              kind,
              spot.number(),
              spot.number().qualifier().or(() -> matcher.hedgeBefore(text, spot.start())),
              context,
              recognition.map(Recognition::terms).orElse(List.of()),
              recognition.map(ClaimFinder::firm).orElse(false),
              passage.picture()));
    }
    return claims;
  }

  /**
   * A list item's number read with the words that introduce its list ("Animation du réseau :") and
   * the page's headings as its topic: as a page's title for a report's number, words that may say
   * what it counts, too broad to be its own.
   */
  private static NumberContext introduced(NumberContext c, Summary.Passage passage) {
    String topic = (passage.introduction() + " " + passage.headings()).strip();
    return new NumberContext(c.own(), c.lead(), c.head(), c.antecedent(), topic, c.whole());
  }

  /**
   * The clause around a number: from the previous clause boundary to the next. A full stop ends a
   * clause only before a space or the end ("beta.gouv.fr" is one word).
   */
  private static String clause(String text, int start, int end) {
    int from = start;
    while (from > 0 && !boundary(text, from - 1, ",;:.!?")) {
      from--;
    }
    int to = end;
    while (to < text.length()
        && !boundary(text, to, ";.!?")
        && !(text.charAt(to) == ',' && to - end > 30)) {
      to++;
    }
    return text.substring(from, to).strip();
  }

  private static boolean boundary(String text, int at, String marks) {
    char c = text.charAt(at);
    if (marks.indexOf(c) < 0) {
      return false;
    }
    if (c == ','
        && at > 0
        && at + 1 < text.length()
        && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1))) {
      return false; // the decimal comma of "5,6 M€"
    }
    return c != '.' || at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
  }
}
