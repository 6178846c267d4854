package fr.beta.bilans.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.reconcile.Acknowledgement;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.ClaimStatus;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code reconciliation.md} and {@code reconciliation.html}: the reconciliation for people, read in
 * thirty seconds. The problems come first, each with both values, its pictures and one line of why;
 * then the claims of each summary page (one row per claim, whichever versions of the page state it,
 * the agreements folded), the cross-checks (the passed ones folded) and the charts. Both files are
 * rendered by one template engine (Mustache) from one view; every text goes through the engine's
 * escaping, none is concatenated into markup.
 */
public final class ReconciliationReport {

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
   * Writes both files. {@code imageOf} gives the evidence picture of a place as a {@code data:}
   * URI, when one was rendered.
   */
  public void write(
      Path folder,
      Reconciliation reconciliation,
      List<Figure> figures,
      Function<Provenance, Optional<String>> imageOf,
      Acknowledgements acknowledgements,
      Catalog catalog)
      throws IOException {
    ReportView view =
        view(reconciliation, figures, imageOf, acknowledgements, labels(catalog), units(catalog));
    AtomicFiles.write(
        folder.resolve("reconciliation.md"), render(markdown, "reconciliation.md.mustache", view));
    AtomicFiles.write(
        folder.resolve("reconciliation.html"), render(html, "reconciliation.html.mustache", view));
  }

  private static Function<String, String> labels(Catalog catalog) {
    return id -> catalog.metric(new MetricId(id)).map(MetricDefinition::label).orElse(id);
  }

  private static Function<String, Unit> units(Catalog catalog) {
    return id -> catalog.metric(new MetricId(id)).map(MetricDefinition::unit).orElse(Unit.COUNT);
  }

  private static byte[] render(MustacheFactory factory, String template, ReportView view) {
    Mustache mustache = factory.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static ReportView view(
      Reconciliation r,
      List<Figure> figures,
      Function<Provenance, Optional<String>> imageOf,
      Acknowledgements acknowledgements,
      Function<String, String> labelOf,
      Function<String, Unit> unitOf) {
    ReportViews.Formatter format =
        new ReportViews.Formatter(labelOf, unitOf, imageOf, acknowledgements);
    List<ReportView.Card> problems = new ArrayList<>();
    List<ReportView.Card> acknowledged = new ArrayList<>();
    List<ReportView.Card> unsettled = new ArrayList<>();
    List<ClaimCheck> claims = r.claims();
    for (int i = 0; i < claims.size(); i++) {
      ClaimCheck check = claims.get(i);
      String anchor = "claim-" + ReportViews.claimKey(check).hashCode();
      switch (check.status()) {
        case DISAGREES -> {
          Optional<Acknowledgement> ack = acknowledgements.of(check);
          ReportView.Card card = format.card(check, anchor, ack);
          (ack.isPresent() ? acknowledged : problems).add(card);
        }
        case AMBIGUOUS, NOT_IN_REPORT ->
            unsettled.add(format.card(check, anchor, Optional.empty()));
        default -> {}
      }
    }
    List<Finding> findings = r.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (!finding.passed()) {
        Optional<Acknowledgement> ack = acknowledgements.of(finding);
        ReportView.Card card = format.card(finding, "check-" + i, ack);
        (ack.isPresent() ? acknowledged : problems).add(card);
      }
    }
    // Cards for the same claim stated in several versions of a page: one is enough.
    unsettled = ReportViews.distinctCards(unsettled);
    problems = ReportViews.distinctCards(problems);
    List<ReportView.FindingRow> failedRows = new ArrayList<>();
    List<ReportView.FindingRow> otherRows = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      (f.passed() ? otherRows : failedRows).add(format.row(f, "check-" + i));
    }
    ReportView.Counts counts =
        new ReportView.Counts(
            r.claims().size(),
            r.count(ClaimStatus.AGREES),
            r.count(ClaimStatus.DISAGREES),
            r.count(ClaimStatus.NOT_IN_REPORT),
            r.count(ClaimStatus.AMBIGUOUS),
            r.count(ClaimStatus.NO_REPORT),
            r.findings(true),
            r.findings(false),
            acknowledged.size());
    String headline =
        problems.isEmpty()
            ? "Nothing needs a look"
                + (acknowledged.isEmpty() ? "" : " (" + acknowledged.size() + " acknowledged)")
            : problems.size()
                + (problems.size() == 1 ? " problem needs a look" : " problems need a look")
                + (acknowledged.isEmpty() ? "" : " (" + acknowledged.size() + " acknowledged)");
    return new ReportView(
        headline,
        counts,
        problems,
        acknowledged,
        unsettled,
        ReportViews.pages(claims, format),
        failedRows,
        otherRows,
        Charts.of(figures, findings, labelOf),
        Charts.WIDTH,
        Charts.HEIGHT);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
