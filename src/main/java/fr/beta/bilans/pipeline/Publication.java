package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureConflicts;
import fr.beta.bilans.publish.DocumentJson;
import fr.beta.bilans.publish.FiguresCsv;
import fr.beta.bilans.publish.FiguresJson;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import fr.beta.bilans.publish.ReconciliationJson;
import fr.beta.bilans.publish.ReconciliationReport;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Reconciliation;

/**
 * Writes the outputs of a run under the output folder, each file atomically, the run record
 * last: a folder whose {@code run.json} is older than its other files was interrupted.
 */
final class Publication {

  private static final Comparator<Figure> FIGURE_ORDER = Comparator
      .comparingInt(Figure::reportYear)
      .thenComparing(f -> f.provenance().report())
      .thenComparingInt(f -> f.provenance().page())
      .thenComparing(f -> f.metric().id())
      .thenComparing(f -> f.period().iso())
      .thenComparing(f -> f.kind().id())
      .thenComparing(Figure::value)
      .thenComparingDouble(f -> f.provenance().bbox().y())
      .thenComparingDouble(f -> f.provenance().bbox().x());

  private final Path output;
  private final Catalog catalog;

  Publication(Path output, Catalog catalog) {
    this.output = output;
    this.catalog = catalog;
  }

  RunResult publish(List<ReportOutcome> outcomes, List<Acquired> summaries, List<String> inputErrors,
      Instant started) throws IOException {
    List<Figure> figures = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    ObjectNode run = Json.object();
    ArrayNode reports = Json.array();
    for (ReportOutcome outcome : outcomes) {
      ObjectNode entry = reports.addObject();
      entry.put("file", outcome.file());
      if (outcome instanceof ReportOutcome.Processed p) {
        String folder = folderFor(p, folders);
        Json.write(output.resolve("reports").resolve(folder).resolve("document.json"),
            DocumentJson.of(p.report(), p.year().year(), p.year().source()));
        figures.addAll(p.figures());
        entry.put("outcome", "processed");
        entry.put("sha256", p.sha256());
        entry.put("source", p.source());
        entry.put("report_year", p.year().year());
        entry.put("report_year_source", p.year().source());
        entry.put("pages", p.report().pageCount());
        entry.put("figures", p.figures().size());
        entry.put("document", "reports/" + folder + "/document.json");
        entry.put("extract_ms", p.extractMillis());
        entry.put("match_ms", p.matchMillis());
        ArrayNode warnings = entry.putArray("warnings");
        p.warnings().forEach(warnings::add);
      } else if (outcome instanceof ReportOutcome.Failed f) {
        entry.put("outcome", "failed");
        entry.put("stage", f.stage());
        entry.put("error", f.reason());
      } else {
        throw new AssertionError(outcome);
      }
    }
    figures.sort(FIGURE_ORDER);
    Set<String> conflicts = FigureConflicts.of(figures);
    Json.write(output.resolve("figures.json"), FiguresJson.of(figures, conflicts));
    FiguresCsv.write(output.resolve("figures.csv"), figures, conflicts);

    Reconciling reconciling = new Reconciling(catalog);
    List<String> errors = new ArrayList<>(inputErrors);
    Reconciliation reconciled = reconciling.reconcile(summaries, outcomes, errors);
    Json.write(output.resolve("reconciliation.json"), ReconciliationJson.of(reconciled));
    Map<Figure, String> images = reconciling.evidence(reconciled, outcomes);
    new ReconciliationReport().write(output, reconciled, figures, f -> Optional.ofNullable(images.get(f)));
    RunResult.ReconciliationSummary reconciliation = new RunResult.ReconciliationSummary(
        (int) reconciled.count(ClaimStatus.AGREES), (int) reconciled.count(ClaimStatus.DISAGREES),
        (int) reconciled.count(ClaimStatus.NOT_IN_REPORT), (int) reconciled.count(ClaimStatus.AMBIGUOUS),
        (int) reconciled.count(ClaimStatus.UNMAPPED), (int) reconciled.findings(true), (int) reconciled.findings(false));
    long millis = java.time.Duration.between(started, Instant.now()).toMillis();
    RunResult result = new RunResult(outcomes, errors, figures.size(), reconciliation, millis);

    run.put("schema", "bilans/run/1");
    run.put("tool_version", ToolVersion.current());
    run.put("started", started.toString());
    run.put("duration_ms", millis);
    run.put("catalog_sha256", catalog.sha256());
    run.set("reports", reports);
    ArrayNode summaryNodes = run.putArray("summaries");
    for (Acquired s : summaries) {
      summaryNodes.addObject().put("file", s.fileName()).put("sha256", s.sha256())
          .put("source", s.source().name().toLowerCase());
    }
    ArrayNode errorNodes = run.putArray("errors");
    errors.forEach(errorNodes::add);
    run.put("figures", figures.size());
    run.put("failed_reports", result.failedReports());
    Json.write(output.resolve("run.json"), run);
    return result;
  }

  private static String folderFor(ReportOutcome.Processed p, Set<String> taken) {
    String folder = Integer.toString(p.year().year());
    if (!taken.add(folder)) {
      folder = folder + "-" + p.sha256().substring(0, 8);
      taken.add(folder);
    }
    return folder;
  }
}
