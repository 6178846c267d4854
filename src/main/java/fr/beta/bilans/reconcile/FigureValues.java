package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The values a report gives one thing: its figures in page order, grouped and told in words. */
final class FigureValues {

  /** The order in which a reader meets figures: by page, then from the top. */
  static final Comparator<Figure> BY_PAGE =
      Comparator.comparingInt((Figure f) -> f.provenance().page())
          .thenComparingDouble(f -> f.provenance().bbox().y());

  private FigureValues() {}

  /** The figures grouped by value, in their order ("5600000" and "5.6E+6" are one value). */
  static Map<BigDecimal, List<Figure>> byValue(List<Figure> figures) {
    Map<BigDecimal, List<Figure>> map = new LinkedHashMap<>();
    for (Figure f : figures) {
      map.computeIfAbsent(f.value().stripTrailingZeros(), v -> new ArrayList<>()).add(f);
    }
    return map;
  }

  /** The values in words, with their pages: "about 550 (page 14) and about 500 (page 21)". */
  static String describe(Map<BigDecimal, List<Figure>> byValue) {
    return byValue.entrySet().stream()
        .map(
            e ->
                e.getValue().get(0).qualifier().map(q -> q.id().replace('_', ' ') + " ").orElse("")
                    + Rounding.plain(e.getKey())
                    + " (page"
                    + (e.getValue().size() > 1 ? "s " : " ")
                    + e.getValue().stream()
                        .map(f -> String.valueOf(f.provenance().page()))
                        .distinct()
                        .collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining(" and "));
  }
}
