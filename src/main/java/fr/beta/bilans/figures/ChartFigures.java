package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Chart;
import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures a chart restates, year by year. A chart names its metric only in words OCR reads
 * poorly (a title, a legend), so the page's own text decides it: the chart is of the metric whose
 * figure the page states with the same value for the same year ("180 nouveaux intrapreneurs en
 * 2021" over a bar of 180 above 2021). One such metric, and only one, or the chart gives nothing.
 * The value the text states is the text's figure; the chart adds the other years.
 */
final class ChartFigures {

  private ChartFigures() {}

  static List<Figure> of(
      ExtractedReport report,
      List<Figure> textFigures,
      int reportYear,
      Catalog catalog,
      NumberGrammar grammar) {
    List<Figure> figures = new ArrayList<>();
    for (ExtractedPage page : report.pages()) {
      List<Figure> onPage =
          textFigures.stream()
              .filter(f -> f.provenance().page() == page.number() && f.kind() == Kind.ACTUAL)
              .toList();
      for (Chart chart : page.charts()) {
        figures.addAll(
            of(report.file(), page.number(), chart, onPage, reportYear, catalog, grammar));
      }
    }
    return figures;
  }

  private static List<Figure> of(
      String file,
      int page,
      Chart chart,
      List<Figure> onPage,
      int reportYear,
      Catalog catalog,
      NumberGrammar grammar) {
    List<Read> points = new ArrayList<>();
    for (Chart.Point p : chart.points()) {
      grammar.parse(p.printed()).ifPresent(n -> points.add(new Read(p, n)));
    }
    Set<MetricId> anchors =
        onPage.stream()
            .filter(f -> points.stream().anyMatch(r -> states(f, r)))
            .map(Figure::metric)
            .collect(Collectors.toSet());
    if (anchors.size() != 1) {
      return List.of();
    }
    MetricId metric = anchors.iterator().next();
    Optional<MetricDefinition> definition = catalog.metric(metric);
    if (definition.isEmpty()) {
      return List.of();
    }
    List<Figure> figures = new ArrayList<>();
    for (Read r : points) {
      boolean statedInText =
          onPage.stream()
              .anyMatch(f -> f.metric().equals(metric) && f.period().year() == r.point().year());
      if (statedInText || !UnitCheck.fits(definition.get(), r.number())) {
        continue;
      }
      figures.add(
          new Figure(
              metric,
              Period.year(r.point().year()),
              Kind.ACTUAL,
              r.number().value(),
              r.number().halfInterval(),
              definition.get().unit(),
              Optional.empty(),
              reportYear,
              new Provenance(
                  file,
                  page,
                  r.point().box(),
                  "chart: " + r.point().year() + " → " + r.point().printed(),
                  Method.CHART)));
    }
    return figures;
  }

  private static boolean states(Figure f, Read r) {
    return f.period().year() == r.point().year() && f.value().compareTo(r.number().value()) == 0;
  }

  private record Read(Chart.Point point, FrenchNumber number) {}
}
