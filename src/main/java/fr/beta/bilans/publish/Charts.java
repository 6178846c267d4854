package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Intervals;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small charts of each metric's values across years, as coordinates for an inline SVG: one point
 * per year and value, a line through the first value of each year, and the years where the reports
 * give two values that do not agree (even allowing for rounding) marked. Values of a month or a day
 * within a year (a survey in April) are not the year's and are left out.
 */
final class Charts {

  static final int WIDTH = 320;
  static final int HEIGHT = 120;
  private static final int PAD = 28;

  record Point(double x, double y, String label, boolean inconsistent) {}

  record Tick(double x, String label) {}

  record Chart(
      String metric,
      List<Point> points,
      String polyline,
      List<Tick> ticks,
      String max,
      boolean hasInconsistency) {}

  private Charts() {}

  static List<Chart> of(List<Figure> figures) {
    Map<String, TreeMap<Integer, List<Figure>>> byMetric = new TreeMap<>();
    for (Figure f : figures) {
      if (f.kind() == Kind.ACTUAL
          && (f.period().isYear() || f.period().describedYear() != f.period().year())) {
        byMetric
            .computeIfAbsent(f.metric().id(), m -> new TreeMap<>())
            .computeIfAbsent(yearOf(f.period()), y -> new ArrayList<>())
            .add(f);
      }
    }
    List<Chart> charts = new ArrayList<>();
    byMetric.forEach(
        (metric, byYear) -> {
          if (byYear.size() >= 2) {
            charts.add(chart(metric, byYear));
          }
        });
    return charts;
  }

  /** The year a value describes: a state in January N+1 is the end of year N. */
  static int yearOf(Period period) {
    return period.describedYear();
  }

  private static Chart chart(String metric, TreeMap<Integer, List<Figure>> byYear) {
    int first = byYear.firstKey();
    int last = byYear.lastKey();
    BigDecimal max =
        byYear.values().stream()
            .flatMap(List::stream)
            .map(Figure::value)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ONE);
    double top = Math.max(max.doubleValue(), 1e-9) * 1.1;
    List<Point> points = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    List<Tick> ticks = new ArrayList<>();
    for (Map.Entry<Integer, List<Figure>> entry : byYear.entrySet()) {
      double x =
          PAD
              + (last == first ? 0.5 : (entry.getKey() - first) / (double) (last - first))
                  * (WIDTH - 2 * PAD);
      ticks.add(new Tick(round(x), String.valueOf(entry.getKey())));
      List<BigDecimal> values =
          entry.getValue().stream().map(f -> f.value().stripTrailingZeros()).distinct().toList();
      List<Figure> year = entry.getValue();
      boolean inconsistent =
          year.stream().anyMatch(a -> year.stream().anyMatch(b -> !Intervals.meet(a, b)));
      for (BigDecimal value : values) {
        double y = HEIGHT - PAD / 2.0 - value.doubleValue() / top * (HEIGHT - PAD);
        points.add(
            new Point(
                round(x),
                round(y),
                entry.getKey()
                    + ": "
                    + value.toPlainString()
                    + (inconsistent ? " (the reports give " + values.size() + " values)" : ""),
                inconsistent));
      }
      double y0 = HEIGHT - PAD / 2.0 - values.get(0).doubleValue() / top * (HEIGHT - PAD);
      line.append(line.length() == 0 ? "" : " ").append(round(x)).append(',').append(round(y0));
    }
    return new Chart(
        metric,
        points,
        line.toString(),
        ticks,
        max.stripTrailingZeros().toPlainString(),
        points.stream().anyMatch(Point::inconsistent));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
