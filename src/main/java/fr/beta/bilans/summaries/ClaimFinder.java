package fr.beta.bilans.summaries;

import fr.beta.bilans.figures.Catalog;
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

  private final TextMatcher matcher;
  private final MetricRecognizer recognizer;
  private final Catalog.Grammar grammar;

  public ClaimFinder(TextMatcher matcher, MetricRecognizer recognizer, Catalog.Grammar grammar) {
    this.matcher = matcher;
    this.recognizer = recognizer;
    this.grammar = grammar;
  }

  public List<Claim> claims(Summary summary) {
    List<Claim> claims = new ArrayList<>();
    for (Summary.Section section : summary.sections()) {
      for (String paragraph : section.paragraphs()) {
        claims.addAll(claims(summary.file(), section.year(), paragraph));
      }
    }
    return claims;
  }

  private List<Claim> claims(String file, int year, String text) {
    List<TextMatch> matches = matcher.match(text, List.of(), year);
    List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
    List<NumberContext> contexts =
        NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList());
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
                List.of()));
        continue;
      }
      Optional<Recognition> recognition = recognizer.recognize(context, spot.number());
      Optional<MetricDefinition> metric = recognition.map(Recognition::metric);
      Period period =
          matcher.date(
              metric.map(MetricDefinition::temporality).orElse(MetricDefinition.Temporality.FLOW),
              text,
              spot.start(),
              spot.end(),
              List.of(),
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
              recognition.map(Recognition::terms).orElse(List.of())));
    }
    return claims;
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
    return c != '.' || at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
  }
}
