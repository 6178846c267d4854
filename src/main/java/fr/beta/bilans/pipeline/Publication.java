package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureConflicts;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.publish.FiguresCsv;
import fr.beta.bilans.publish.FiguresJson;
import fr.beta.bilans.publish.FiguresWorkbook;
import fr.beta.bilans.publish.Json;
import fr.beta.bilans.publish.ReconciliationJson;
import fr.beta.bilans.publish.ReconciliationReport;
import fr.beta.bilans.reconcile.Acknowledgement;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Problem;
import fr.beta.bilans.reconcile.Problems;
import fr.beta.bilans.reconcile.Reconciliation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the outputs of a run into a folder (the staging folder of the run), the run record last,
 * with the SHA-256 of every other output in it. Everything but the run record's timings is
 * deterministic: sorted keys, stable order.
 */
final class Publication {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Publication.class);

  private static final Comparator<Figure> FIGURE_ORDER =
      Comparator.comparingInt(Figure::reportYear)
          .thenComparing(f -> f.provenance().report())
          .thenComparingInt(f -> f.provenance().page())
          .thenComparing(f -> f.metric().id())
          .thenComparing(f -> f.period().iso())
          .thenComparing(f -> f.kind().id())
          .thenComparing(Figure::value)
          .thenComparingDouble(f -> f.provenance().bbox().y())
          .thenComparingDouble(f -> f.provenance().bbox().x());

  /**
   * Sorts the figures, writes {@code figures.json} and {@code figures.csv}, and returns those that
   * another figure contradicts.
   */
  static Set<Figure> writeFigures(Path folder, List<Figure> figures, Catalog catalog)
      throws IOException {
    figures.sort(FIGURE_ORDER);
    Set<Figure> conflicts = FigureConflicts.of(figures);
    Json.write(folder.resolve("figures.json"), FiguresJson.of(figures, conflicts));
    FiguresCsv.write(
        folder.resolve("figures.csv"),
        figures,
        conflicts,
        f -> catalog.metric(f.metric()).map(m -> m.label()).orElse(f.metric().id()));
    return conflicts;
  }

  private final Path folder;
  private final Catalog catalog;
  private final ReportCache cache;
  private final Documents documents;

  private final RunOptions options;
  private final RunOcr ocr;

  Publication(
      Path folder,
      Catalog catalog,
      ReportCache cache,
      Documents documents,
      RunOptions options,
      RunOcr ocr) {
    this.options = options;
    this.ocr = ocr;
    this.folder = folder;
    this.catalog = catalog;
    this.cache = cache;
    this.documents = documents;
  }

  /**
   * What a person should know though nothing failed: each report's warnings, and the catalog's
   * metrics that no report of the run states (a catalog of another family, a wording it misses).
   */
  private List<String> warnings(List<ReportOutcome> outcomes, List<Figure> figures) {
    List<String> warnings = new ArrayList<>();
    ocr.warning().ifPresent(warnings::add);
    outcomes.forEach(
        o -> {
          if (o instanceof ReportOutcome.Processed p) {
            p.warnings().forEach(w -> warnings.add(p.file() + ": " + w));
          }
        });
    Set<String> found = new java.util.TreeSet<>();
    figures.forEach(f -> found.add(f.metric().id()));
    List<String> never =
        catalog.metrics().stream().map(m -> m.id().id()).filter(id -> !found.contains(id)).toList();
    if (!never.isEmpty() && !outcomes.isEmpty()) {
      warnings.add(
          never.size()
              + " of the catalog's "
              + catalog.metrics().size()
              + " metrics found in no report of the run: "
              + String.join(", ", never));
    }
    return warnings;
  }

  RunResult publish(
      List<ReportOutcome> outcomes,
      Inputs inputs,
      String fingerprint,
      Instant started,
      Acknowledgements acknowledgements,
      List<Problem> lastRunProblems)
      throws IOException {
    List<Figure> figures = new ArrayList<>();
    List<ReportOutcome.Failed> failures = new ArrayList<>(inputs.failures());
    Map<String, String> placed =
        documents.place(
            outcomes.stream()
                .filter(o -> o instanceof ReportOutcome.Processed)
                .map(o -> (ReportOutcome.Processed) o)
                .toList());
    ArrayNode reports = Json.array();
    inputs
        .failures()
        .forEach(
            f ->
                reports
                    .addObject()
                    .put("file", f.file())
                    .put("outcome", "failed")
                    .put("stage", f.stage())
                    .put("error", f.reason()));
    for (ReportOutcome outcome : outcomes) {
      ObjectNode entry = reports.addObject();
      entry.put("file", outcome.file());
      if (outcome instanceof ReportOutcome.Processed p) {
        figures.addAll(p.figures());
        entry.put("outcome", "processed");
        entry.put("sha256", p.sha256());
        entry.put("source", p.source());
        entry.put("report_year", p.year().year());
        entry.put("report_year_source", p.year().source());
        Json.putOptional(entry, "report_period", p.year().period());
        entry.put("pages", p.pages());
        entry.put("figures", p.figures().size());
        entry.put("document", placed.get(p.document()));
        entry.put("from_cache", p.fromCache());
        entry.put("extract_ms", p.extractMillis());
        entry.put("match_ms", p.matchMillis());
        ArrayNode warnings = entry.putArray("warnings");
        p.warnings().forEach(warnings::add);
      } else if (outcome instanceof ReportOutcome.Failed f) {
        entry.put("outcome", "failed");
        entry.put("stage", f.stage());
        entry.put("error", f.reason());
        failures.add(f);
      } else {
        throw new AssertionError(outcome);
      }
    }
    Set<Figure> conflicts = writeFigures(folder, figures, catalog);

    LOG.debug(
        "documents and figures written in {} ms",
        Duration.between(started, Instant.now()).toMillis());
    // The evidence of a report is drawn within the report's own time limit.
    Reconciling reconciling =
        new Reconciling(catalog, cache, options.limits(), options.reportTimeout());
    List<String> errors = new ArrayList<>(inputs.errors());
    Reconciliation reconciled = reconciling.reconcile(inputs.summaries(), outcomes, errors);
    Json.write(
        folder.resolve("reconciliation.json"), ReconciliationJson.of(reconciled, acknowledgements));
    LOG.debug("reconciled in {} ms", Duration.between(started, Instant.now()).toMillis());
    Map<Provenance, String> images = reconciling.evidence(reconciled, outcomes);
    LOG.debug(
        "{} evidence pictures ready in {} ms",
        images.size(),
        Duration.between(started, Instant.now()).toMillis());
    new ReconciliationReport()
        .write(
            folder,
            reconciled,
            figures,
            p -> Optional.ofNullable(images.get(p)),
            acknowledgements,
            catalog);
    FiguresWorkbook.write(
        folder.resolve("figures.xlsx"),
        figures,
        conflicts,
        reconciled,
        acknowledgements,
        id -> catalog.metric(new MetricId(id)).map(m -> m.label()).orElse(id),
        id -> catalog.metric(new MetricId(id)).map(m -> m.unit()).orElse(Unit.COUNT));
    Problems problems = Problems.judge(reconciled, acknowledgements, lastRunProblems);

    RunResult.ReconciliationSummary counts =
        new RunResult.ReconciliationSummary(
            (int) reconciled.count(ClaimStatus.AGREES),
            (int) reconciled.count(ClaimStatus.DISAGREES),
            (int) reconciled.count(ClaimStatus.NOT_IN_REPORT),
            (int) reconciled.count(ClaimStatus.AMBIGUOUS),
            (int) reconciled.count(ClaimStatus.NO_REPORT),
            (int) reconciled.findings(true),
            (int) reconciled.findings(false));
    int processed =
        (int) outcomes.stream().filter(o -> o instanceof ReportOutcome.Processed).count();
    long millis = Duration.between(started, Instant.now()).toMillis();
    RunResult result =
        new RunResult(
            processed,
            failures,
            errors,
            problems.open(),
            problems.acknowledged(),
            problems.fresh(),
            inputs.skipped(),
            warnings(outcomes, figures),
            figures.size(),
            counts,
            millis,
            false);
    Json.write(
        folder.resolve(StagedOutput.RUN_RECORD),
        runRecord(
            result,
            reports,
            inputs.summaries(),
            fingerprint,
            started,
            acknowledgements,
            problems.stale(),
            reconciling.yearsToldBy()));
    return result;
  }

  private ObjectNode runRecord(
      RunResult result,
      ArrayNode reports,
      List<Acquired> summaries,
      String fingerprint,
      Instant started,
      Acknowledgements acknowledgements,
      List<Acknowledgement> stale,
      Map<String, String> yearsToldBy)
      throws IOException {
    ObjectNode run = Json.object();
    run.put("schema", "bilans/run/1");
    run.put("tool_version", ToolVersion.current());
    run.put("tool_fingerprint", ToolVersion.fingerprint());
    run.put("started", started.toString());
    run.put("duration_ms", result.millis());
    run.put("fingerprint", fingerprint);
    run.put("reused_outputs", false);
    run.put("catalog_sha256", catalog.sha256());
    run.set("ocr", ocr.json());
    run.set("reports", reports);
    ArrayNode summaryNodes = run.putArray("summaries");
    for (Acquired s : summaries) {
      summaryNodes
          .addObject()
          .put("file", s.fileName())
          .put("sha256", s.sha256())
          .put("source", s.source().name().toLowerCase(java.util.Locale.ROOT))
          .put("years_told_by", yearsToldBy.get(s.fileName()));
    }
    run.put("status", result.status().id());
    run.put("exit_code", result.exitCode());
    ArrayNode errors = run.putArray("errors");
    result.errors().forEach(errors::add);
    result.failures().forEach(f -> errors.add(f.describe()));
    ProblemsJson.put(run, result, acknowledgements, stale);
    ArrayNode skipped = run.putArray("skipped");
    result.skipped().forEach(skipped::add);
    ArrayNode warnings = run.putArray("warnings");
    result.warnings().forEach(warnings::add);
    ObjectNode counts = run.putObject("counts");
    counts.put("processed", result.processed());
    counts.put("failed", result.failures().size());
    counts.put("figures", result.figures());
    counts.put("agrees", result.reconciliation().agrees());
    counts.put("disagrees", result.reconciliation().disagrees());
    counts.put("not_in_report", result.reconciliation().notInReport());
    counts.put("ambiguous", result.reconciliation().ambiguous());
    counts.put("no_report", result.reconciliation().noReport());
    counts.put("findings_passed", result.reconciliation().findingsPassed());
    counts.put("findings_failed", result.reconciliation().findingsFailed());
    ObjectNode outputs = run.putObject("outputs");
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        if (!name.equals(StagedOutput.RUN_RECORD) && !name.startsWith(".")) {
          sums.put(name, Checksums.sha256(file));
        }
      }
    }
    sums.forEach(outputs::put);
    return run;
  }
}
