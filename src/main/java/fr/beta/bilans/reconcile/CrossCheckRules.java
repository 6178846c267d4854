package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides the verdict of a cross-check between figures that should state the same value, and names
 * the rule that decided: values that agree pass; values stated with a hedge and close to each other
 * are approximate; figures worded with different scope words ("et ses partenaires", "hors ...",
 * "par la DINUM", from the catalog's grammar) cover different scopes; the rest fail.
 */
final class CrossCheckRules {

  /** How far apart two hedged values may be and still tell the same thing approximately. */
  static final BigDecimal TOLERANCE = new BigDecimal("0.15");

  private final List<Pattern> scopeMarkers;

  CrossCheckRules(List<Pattern> scopeMarkers) {
    this.scopeMarkers = List.copyOf(scopeMarkers);
  }

  /** The verdict and its rule, given whether the values agree after rounding. */
  Judgement judge(List<Figure> figures, boolean agree) {
    if (agree) {
      return new Judgement(Finding.Verdict.PASSED, "the values agree after rounding");
    }
    if (figures.stream().allMatch(f -> f.qualifier().isPresent()) && close(figures)) {
      return new Judgement(
          Finding.Verdict.APPROXIMATE,
          "both values are hedged ("
              + String.join(", ", figures.stream().map(f -> f.qualifier().get().id()).toList())
              + ") and within "
              + TOLERANCE.movePointRight(2).stripTrailingZeros().toPlainString()
              + " % of each other");
    }
    List<Set<String>> scopes = figures.stream().map(this::scope).toList();
    if (scopes.stream().distinct().count() > 1) {
      return new Judgement(
          Finding.Verdict.DIFFERENT_SCOPE,
          "the figures are worded for different scopes: "
              + String.join(" against ", scopes.stream().map(CrossCheckRules::describe).toList()));
    }
    return new Judgement(Finding.Verdict.FAILED, "the values differ beyond their rounding");
  }

  /** A verdict and the rule that decided it. */
  record Judgement(Finding.Verdict verdict, String rule) {}

  private static boolean close(List<Figure> figures) {
    BigDecimal min = figures.stream().map(Figure::value).min(BigDecimal::compareTo).orElseThrow();
    BigDecimal max = figures.stream().map(Figure::value).max(BigDecimal::compareTo).orElseThrow();
    if (min.signum() <= 0) {
      return false;
    }
    BigDecimal spread = max.subtract(min).divide(min, MathContext.DECIMAL64);
    return spread.compareTo(TOLERANCE) <= 0;
  }

  /** The scope words in the words around a figure. */
  private Set<String> scope(Figure figure) {
    String text = figure.provenance().text().toLowerCase(Locale.ROOT);
    Set<String> found = new TreeSet<>();
    for (Pattern marker : scopeMarkers) {
      var m = marker.matcher(text);
      if (m.find()) {
        found.add(m.group().strip());
      }
    }
    return found;
  }

  private static String describe(Set<String> scope) {
    return scope.isEmpty() ? "(none)" : "'" + String.join("', '", scope) + "'";
  }
}
