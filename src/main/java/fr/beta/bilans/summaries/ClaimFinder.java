package fr.beta.bilans.summaries;

import fr.beta.bilans.figures.DateExpressions;
import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.FrenchNumbers;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.TextMatch;
import fr.beta.bilans.figures.TextMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns each number of a summary's year sections into a {@link Claim}, with the same catalog and
 * number grammar as the reports. The section's year dates a claim unless its sentence says
 * otherwise ("... en 2025"). Years, dates and list markers are not claims.
 */
public final class ClaimFinder {

  private static final Pattern NUMBER =
      Pattern.compile(FrenchNumbers.NUMBER_REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private final TextMatcher matcher;

  public ClaimFinder(TextMatcher matcher) {
    this.matcher = matcher;
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

  private record Placed(int start, Claim claim) {}

  private List<Claim> claims(String file, int year, String text) {
    List<Placed> claims = new ArrayList<>();
    List<TextMatch> matches = matcher.match(text, List.of(), year);
    for (TextMatch m : matches) {
      claims.add(
          new Placed(
              m.valueStart(),
              new Claim(
                  file,
                  year,
                  clause(text, m.valueStart(), m.valueEnd()),
                  Optional.of(m.metric()),
                  m.period(),
                  m.number(),
                  m.qualifier())));
    }
    List<DateExpressions.Found> dates = DateExpressions.find(text);
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      int start = n.start();
      int end = n.end();
      boolean matched =
          matches.stream().anyMatch(m -> start < m.valueEnd() && m.valueStart() < end);
      boolean inDate = dates.stream().anyMatch(d -> start >= d.start() && start < d.end());
      Optional<FrenchNumber> number = FrenchNumbers.parse(n.group());
      if (matched || inDate || number.isEmpty() || BARE_YEAR.matcher(n.group().strip()).matches()) {
        continue;
      }
      claims.add(
          new Placed(
              start,
              new Claim(
                  file,
                  year,
                  clause(text, start, end),
                  Optional.empty(),
                  Period.year(year),
                  number.get(),
                  number.get().qualifier())));
    }
    return claims.stream()
        .sorted(java.util.Comparator.comparingInt(Placed::start))
        .map(Placed::claim)
        .toList();
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
