package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.extract.ExtractedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the matcher sees of one metric in one report, for a catalog's author: page by page, each
 * number whose words score for the metric (its score, the catalog terms found, the aspect of its
 * clause) and why it was kept as a figure or dropped (its unit, another metric scoring higher, its
 * name not right after it, the clause's aspect, another value in its slot); the figures that
 * patterns and table rows state; the values the unit check refused.
 */
public final class MetricExplanation {

  /** One number considered, with the verdict. */
  public record Line(int page, String printed, String label, String detail, String verdict) {}

  private final List<Line> lines;
  private final List<String> warnings;
  private final int kept;

  private MetricExplanation(List<Line> lines, List<String> warnings, int kept) {
    this.lines = List.copyOf(lines);
    this.warnings = List.copyOf(warnings);
    this.kept = kept;
  }

  public static MetricExplanation of(
      Catalog catalog, MetricDefinition metric, ExtractedReport report, int reportYear) {
    FigureMatcher.Reading reading = new FigureMatcher(catalog).read(report, reportYear);
    LexicalRecognizer recognizer = new LexicalRecognizer(catalog);
    List<Figure> figures =
        reading.figures().stream().filter(f -> f.metric().equals(metric.id())).toList();
    List<Figure> shown = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (Mention mention : reading.mentions()) {
      Optional<Figure> figure =
          figures.stream()
              .filter(
                  f ->
                      f.provenance().page() == mention.page()
                          && near(f.provenance().bbox(), mention.box()))
              .findFirst();
      Optional<Recognition> own = recognizer.score(mention.context(), mention.number(), metric);
      if (figure.isEmpty() && (own.isEmpty() || own.get().nameScore() < 1)) {
        continue; // nothing of this metric is said around the number, or only in the page's title
      }
      figure.ifPresent(shown::add);
      String detail =
          own.map(
                  r ->
                      String.format(
                          Locale.ROOT,
                          "score %.2f, name %.1f, terms %s, aspect %s",
                          r.score(),
                          r.nameScore(),
                          r.terms(),
                          r.aspect().name().toLowerCase(Locale.ROOT)))
              .orElse("not named by its words");
      String verdict =
          figure
              .map(
                  f ->
                      "kept: "
                          + f.period().iso()
                          + " "
                          + f.kind().id()
                          + " ("
                          + (f.recognized()
                              ? "recognized by its words"
                              : f.provenance().method().id() + ", a pattern or row")
                          + ")")
              .orElseGet(() -> "dropped: " + whyDropped(recognizer, metric, mention, own.get()));
      lines.add(
          new Line(mention.page(), mention.number().text(), mention.label(), detail, verdict));
    }
    for (Figure f : figures) {
      if (!shown.contains(f)) {
        lines.add(
            new Line(
                f.provenance().page(),
                f.value().toPlainString(),
                f.provenance().text(),
                "stated by a pattern or a table row",
                "kept: "
                    + f.period().iso()
                    + " "
                    + f.kind().id()
                    + " ("
                    + f.provenance().method().id()
                    + ")"));
      }
    }
    lines.sort(java.util.Comparator.comparingInt(Line::page));
    List<String> warnings =
        reading.warnings().stream().filter(w -> w.contains(" " + metric.id().id() + " ")).toList();
    return new MetricExplanation(lines, warnings, figures.size());
  }

  private static String whyDropped(
      LexicalRecognizer recognizer, MetricDefinition metric, Mention mention, Recognition own) {
    if (!LexicalRecognizer.fits(metric.unit(), mention.number())) {
      return UnitCheck.misfit(metric.unit(), mention.number())
          .orElse("the metric's unit (" + metric.unit().id() + ") does not fit this number");
    }
    if (recognizer.headNamesSomething(mention.context())
        && own.nameScore() < FigureMatcher.HEAD_NAME) {
      return "the words right after the number name another thing";
    }
    Optional<Recognition> best = recognizer.recognize(mention.context(), mention.number());
    if (best.isEmpty()) {
      return "another metric scores as high (a tie is left unread)";
    }
    if (!best.get().metric().id().equals(metric.id())) {
      return String.format(
          Locale.ROOT,
          "%s scores higher (%.2f)",
          best.get().metric().id().id(),
          best.get().score());
    }
    if (own.nameScore() < FigureMatcher.HEAD_NAME) {
      return "its name is not right after the number (a mention the summaries can use, not a figure)";
    }
    if (own.score() < FigureMatcher.MIN_FIGURE_SCORE) {
      return String.format(Locale.ROOT, "its score is below %.0f", FigureMatcher.MIN_FIGURE_SCORE);
    }
    if (!own.ownGroups()) {
      return "the concept's 'with' terms are not in the number's own clause";
    }
    if (own.aspect().agreement(metric.temporality()) < 0) {
      return "its clause tells a "
          + own.aspect().name().toLowerCase(Locale.ROOT)
          + ", the metric is a "
          + metric.temporality().name().toLowerCase(Locale.ROOT);
    }
    return "another value of "
        + mention.period().iso()
        + " scored higher (one value per metric, period and kind), or the value is not plausible";
  }

  private static boolean near(Box a, Box b) {
    return Math.abs(a.x() - b.x()) < 2 && Math.abs(a.y() - b.y()) < 2;
  }

  public List<Line> lines() {
    return lines;
  }

  public List<String> warnings() {
    return warnings;
  }

  public int kept() {
    return kept;
  }
}
