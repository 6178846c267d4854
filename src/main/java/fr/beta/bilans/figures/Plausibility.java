package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the figures recognized by their words against the same metric in the other reports of the
 * run: a yearly report's key figure keeps its order of magnitude from one year to the next, while
 * one incubator's or one service's number ("2 services lancés", "7 en investigation") is a fraction
 * of it. A recognized figure more than {@link #FACTOR} times away from the median of the other
 * reports' values of its metric and kind is dropped, unless another report states the same value
 * for the same period; figures stated in a catalog wording, and metrics that no other report
 * states, are kept as they are.
 *
 * <p>Example: {@code Plausibility.filter(Map.of("Bilan 2021.pdf", figures2021, "Bilan 2022.pdf",
 * figures2022))}.
 */
public final class Plausibility {

  /** How far from the other years a recognized value may stand. */
  static final BigDecimal FACTOR = BigDecimal.valueOf(3);

  private Plausibility() {}

  /** The figures of each report, less the implausible recognized ones. */
  public static <K extends Comparable<K>> Map<K, List<Figure>> filter(
      Map<K, List<Figure>> byReport) {
    Map<K, List<Figure>> kept = new TreeMap<>();
    byReport.forEach(
        (report, figures) -> {
          List<Figure> plausible = new ArrayList<>();
          for (Figure f : figures) {
            if (!f.recognized() || plausible(f, report, byReport)) {
              plausible.add(f);
            }
          }
          kept.put(report, List.copyOf(plausible));
        });
    return kept;
  }

  private static <K> boolean plausible(Figure f, K report, Map<K, List<Figure>> byReport) {
    List<BigDecimal> others = new ArrayList<>();
    byReport.forEach(
        (other, figures) -> {
          if (!other.equals(report)) {
            figures.stream()
                .filter(o -> o.metric().equals(f.metric()) && o.kind() == f.kind())
                .forEach(o -> others.add(o.value()));
          }
        });
    if (others.isEmpty() || f.value().signum() <= 0) {
      return true;
    }
    // Another report that states this very metric and period with this value (another edition,
    // a later report restating it) vouches for it, whatever the other years say.
    boolean restated =
        byReport.entrySet().stream()
            .filter(e -> !e.getKey().equals(report))
            .flatMap(e -> e.getValue().stream())
            .anyMatch(
                o ->
                    o.metric().equals(f.metric())
                        && o.kind() == f.kind()
                        && o.period().equals(f.period())
                        && o.value().compareTo(f.value()) == 0);
    if (restated) {
      return true;
    }
    others.sort(BigDecimal::compareTo);
    BigDecimal median = others.get(others.size() / 2);
    if (median.signum() <= 0) {
      return true;
    }
    BigDecimal ratio = f.value().divide(median, MathContext.DECIMAL64);
    return ratio.compareTo(FACTOR) <= 0
        && ratio.compareTo(BigDecimal.ONE.divide(FACTOR, MathContext.DECIMAL64)) >= 0;
  }
}
