package fr.beta.bilans.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Evidence;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Reconciliation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code reconciliation.md} and {@code reconciliation.html}: the reconciliation for people. Both
 * are rendered by one template engine (Mustache) from one view; every text goes through the
 * engine's escaping (HTML entities for the page, Markdown table escapes for the Markdown), none is
 * concatenated into markup.
 */
public final class ReconciliationReport {

  record Counts(
      long claims,
      long agrees,
      long disagrees,
      long notInReport,
      long ambiguous,
      long noReport,
      long findingsPassed,
      long findingsFailed) {}

  record ClaimView(
      String status,
      String text,
      String metric,
      String period,
      String value,
      String reportValue,
      String reportPage,
      String reportText,
      String explanation,
      String image) {}

  record YearView(int year, List<ClaimView> claims) {}

  record SummaryView(String file, List<YearView> years) {}

  record EvidenceView(String caption, String image) {}

  record FindingView(
      String verdict,
      String check,
      String metric,
      String period,
      String arithmetic,
      List<EvidenceView> evidence) {}

  record View(
      Counts counts,
      List<SummaryView> summaries,
      List<FindingView> findings,
      List<Charts.Chart> charts,
      int chartWidth,
      int chartHeight) {}

  private final MustacheFactory html = new DefaultMustacheFactory("fr/beta/bilans/publish");
  private final MustacheFactory markdown =
      new DefaultMustacheFactory("fr/beta/bilans/publish") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(
                value
                    .replace("\\", "\\\\")
                    .replace("|", "\\|")
                    .replace("\n", " ")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  /**
   * Writes both files. {@code imageOf} gives the evidence picture of a figure as a {@code data:}
   * URI, when one was rendered.
   */
  public void write(
      Path folder,
      Reconciliation reconciliation,
      List<Figure> figures,
      Function<Provenance, Optional<String>> imageOf)
      throws IOException {
    View view = view(reconciliation, figures, imageOf);
    AtomicFiles.write(
        folder.resolve("reconciliation.md"), render(markdown, "reconciliation.md.mustache", view));
    AtomicFiles.write(
        folder.resolve("reconciliation.html"), render(html, "reconciliation.html.mustache", view));
  }

  private static byte[] render(MustacheFactory factory, String template, View view) {
    Mustache mustache = factory.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static View view(
      Reconciliation r, List<Figure> figures, Function<Provenance, Optional<String>> imageOf) {
    Counts counts =
        new Counts(
            r.claims().size(),
            r.count(ClaimStatus.AGREES),
            r.count(ClaimStatus.DISAGREES),
            r.count(ClaimStatus.NOT_IN_REPORT),
            r.count(ClaimStatus.AMBIGUOUS),
            r.count(ClaimStatus.NO_REPORT),
            r.findings(true),
            r.findings(false));
    Map<String, Map<Integer, List<ClaimView>>> bySummary = new LinkedHashMap<>();
    for (ClaimCheck check : r.claims()) {
      bySummary
          .computeIfAbsent(check.claim().summary(), s -> new LinkedHashMap<>())
          .computeIfAbsent(check.claim().sectionYear(), y -> new ArrayList<>())
          .add(claim(check, imageOf));
    }
    List<SummaryView> summaries = new ArrayList<>();
    bySummary.forEach(
        (file, years) -> {
          List<YearView> yearViews = new ArrayList<>();
          years.forEach((year, claims) -> yearViews.add(new YearView(year, claims)));
          summaries.add(new SummaryView(file, yearViews));
        });
    List<FindingView> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      List<EvidenceView> evidence = new ArrayList<>();
      for (Figure figure : f.figures()) {
        evidence.add(
            new EvidenceView(
                figure.provenance().report()
                    + ", page "
                    + figure.provenance().page()
                    + ": "
                    + plain(figure.value()),
                imageOf.apply(figure.provenance()).orElse(null)));
      }
      findings.add(
          new FindingView(
              f.verdict().id().replace('_', ' '),
              f.check().id().replace('_', ' '),
              f.metric(),
              f.period(),
              f.arithmetic(),
              evidence));
    }
    return new View(counts, summaries, findings, Charts.of(figures), Charts.WIDTH, Charts.HEIGHT);
  }

  private static ClaimView claim(ClaimCheck check, Function<Provenance, Optional<String>> imageOf) {
    Optional<Evidence> figure = check.evidence();
    return new ClaimView(
        check.status().id().replace('_', ' '),
        check.claim().text(),
        check.claim().metric().map(m -> m.id().id()).orElse("—"),
        check.claim().period().iso(),
        plain(check.claim().number().value()),
        figure.map(f -> plain(f.value())).orElse("—"),
        figure.map(f -> String.valueOf(f.provenance().page())).orElse("—"),
        figure.map(f -> f.provenance().text()).orElse(""),
        check.explanation(),
        figure.map(Evidence::provenance).flatMap(imageOf).orElse(null));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
