package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Intervals;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.reconcile.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Small charts of each metric's values through time, as coordinates for an inline SVG. A value is
 * placed at its own moment: a year's value in the middle of its year, a month's on its month, a
 * day's on its day (a state on 1 January 2025 at the turn of 2024 and 2025). Every value read has
 * its point and its label; the line joins only neighbouring moments (no more than a year apart), so
 * a missing year is a gap. A point is red when the reports give its moment two values that do not
 * meet, or when a failed cross-check involves it, with the reason under the chart.
 */
final class Charts {

  static final int WIDTH = 340;
  static final int HEIGHT = 150;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 16;
  private static final int BOTTOM = 18;

  record Point(double x, double y, String value, String label, boolean inconsistent) {}

  record Tick(double x, String label) {}

  record Level(double y, String label) {}

  record Chart(
      String metric,
      String label,
      List<Point> points,
      List<String> lines,
      List<Tick> ticks,
      List<Level> levels,
      boolean hasInconsistency,
      List<String> reasons) {}

  private Charts() {}

  static List<Chart> of(List<Figure> figures) {
    return of(figures, List.of(), m -> m);
  }

  static List<Chart> of(
      List<Figure> figures, List<Finding> findings, Function<String, String> labelOf) {
    Map<String, TreeMap<Period, List<Figure>>> byMetric = new TreeMap<>();
    for (Figure f : figures) {
      if (f.kind() == Kind.ACTUAL) {
        byMetric
            .computeIfAbsent(f.metric().id(), m -> new TreeMap<>())
            .computeIfAbsent(f.period(), p -> new ArrayList<>())
            .add(f);
      }
    }
    Map<Figure, String> failed = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (!finding.passed()) {
        finding
            .figures()
            .forEach(
                f ->
                    failed.merge(
                        f,
                        finding.check().id().replace('_', ' ') + ": " + finding.arithmetic(),
                        (a, b) -> a + "; " + b));
      }
    }
    List<Chart> charts = new ArrayList<>();
    byMetric.forEach(
        (metric, byPeriod) -> {
          long years =
              byPeriod.keySet().stream()
                  .map(Charts::time)
                  .map(t -> (int) (double) t)
                  .distinct()
                  .count();
          if (years >= 2) {
            charts.add(chart(metric, labelOf.apply(metric), byPeriod, failed));
          }
        });
    return charts;
  }

  /** The moment of a period, in years: 2021.5 for the year 2021, 2021.79 for October 2021. */
  static double time(Period period) {
    String[] parts = period.iso().split("-");
    int year = Integer.parseInt(parts[0]);
    if (period.isYear()) {
      return year + 0.5;
    }
    if (period.isFiscal()) {
      return period.year(); // its end, at the turn of the calendar year it ends in
    }
    int month = Integer.parseInt(parts[1]);
    if (period.isMonth()) {
      return year + (month - 0.5) / 12.0;
    }
    LocalDate day = LocalDate.of(year, month, Integer.parseInt(parts[2]));
    return year + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
  }

  private static Chart chart(
      String metric,
      String label,
      TreeMap<Period, List<Figure>> byPeriod,
      Map<Figure, String> failed) {
    double first = Math.floor(byPeriod.keySet().stream().mapToDouble(Charts::time).min().orElse(0));
    double last =
        Math.ceil(byPeriod.keySet().stream().mapToDouble(Charts::time).max().orElse(1) - 1e-9);
    double top =
        niceCeiling(
            byPeriod.values().stream()
                .flatMap(List::stream)
                .map(Figure::value)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE)
                .doubleValue());
    Function<Double, Double> xOf =
        t -> round(LEFT + (t - first) / Math.max(last - first, 1) * (WIDTH - LEFT - RIGHT));
    Function<Double, Double> yOf = v -> round(TOP + (1 - v / top) * (HEIGHT - TOP - BOTTOM));
    List<Point> points = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<double[]> line = new ArrayList<>();
    for (Map.Entry<Period, List<Figure>> entry : byPeriod.entrySet()) {
      double t = time(entry.getKey());
      List<Figure> stated = entry.getValue();
      boolean twoValues =
          stated.stream().anyMatch(a -> stated.stream().anyMatch(b -> !Intervals.meet(a, b)));
      Map<BigDecimal, List<Figure>> byValue = new TreeMap<>();
      stated.forEach(
          f ->
              byValue
                  .computeIfAbsent(f.value().stripTrailingZeros(), v -> new ArrayList<>())
                  .add(f));
      for (Map.Entry<BigDecimal, List<Figure>> value : byValue.entrySet()) {
        List<String> why = new ArrayList<>();
        if (twoValues) {
          why.add("the reports give " + entry.getKey().iso() + " " + byValue.size() + " values");
        }
        value.getValue().stream()
            .map(failed::get)
            .filter(r -> r != null)
            .distinct()
            .forEach(why::add);
        String shown = FrenchFormat.number(value.getKey());
        String reports =
            value.getValue().stream()
                .map(f -> String.valueOf(f.reportYear()))
                .distinct()
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        points.add(
            new Point(
                xOf.apply(t),
                yOf.apply(value.getKey().doubleValue()),
                shown,
                entry.getKey().iso()
                    + ": "
                    + shown
                    + " (report "
                    + reports
                    + ")"
                    + (why.isEmpty() ? "" : " — " + String.join("; ", why)),
                !why.isEmpty()));
        why.forEach(
            r -> {
              String reason = entry.getKey().iso() + ": " + r;
              if (!reasons.contains(reason)) {
                reasons.add(reason);
              }
            });
      }
      // The line follows the value of the latest report that states the moment.
      Figure latest =
          stated.stream().max(Comparator.comparingInt(Figure::reportYear)).orElseThrow();
      line.add(new double[] {t, latest.value().doubleValue()});
    }
    List<String> lines = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 0; i < line.size(); i++) {
      if (i > 0 && line.get(i)[0] - line.get(i - 1)[0] > 1.0 + 1e-9) {
        lines.add(segment.toString());
        segment.setLength(0);
      }
      segment
          .append(segment.length() == 0 ? "" : " ")
          .append(xOf.apply(line.get(i)[0]))
          .append(',')
          .append(yOf.apply(line.get(i)[1]));
    }
    lines.add(segment.toString());
    lines.removeIf(s -> !s.contains(" ")); // a lone point needs no line
    List<Tick> ticks = new ArrayList<>();
    for (int year = (int) first; year < (int) Math.max(last, first + 1); year++) {
      ticks.add(new Tick(xOf.apply(year + 0.5), String.valueOf(year)));
    }
    List<Level> levels =
        List.of(
            new Level(yOf.apply(0.0), "0"),
            new Level(yOf.apply(top / 2), FrenchFormat.compact(top / 2)),
            new Level(yOf.apply(top), FrenchFormat.compact(top)));
    return new Chart(
        metric,
        label,
        points,
        lines,
        ticks,
        levels,
        points.stream().anyMatch(Point::inconsistent),
        reasons);
  }

  /** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above the value: a scale a reader can read. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
