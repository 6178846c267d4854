package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.acquire.ManifestEntry;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Plausibility;
import fr.beta.bilans.publish.Json;
import fr.beta.bilans.publish.ReconciliationJson;
import fr.beta.bilans.publish.ReconciliationReport;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Problems;
import fr.beta.bilans.reconcile.Reconciliation;
import fr.beta.bilans.summaries.SummaryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The steps of a run that need a series' reports together, for figures and mentions computed
 * elsewhere (by a cluster job, one report per task): the check of each figure across the series
 * ({@link Plausibility}), then the summaries' claims and the reports checked against each other.
 * Writes {@code figures.json}, {@code figures.csv} and {@code reconciliation.json/.md/.html} as a
 * local run does, without evidence pictures (the PDFs stay where the job read them).
 */
public final class SeriesReconciliation {

  private SeriesReconciliation() {}

  /** One report's figures and mentions, as its task found them. */
  public record ReportFigures(
      String report, int year, List<Figure> figures, List<Mention> mentions) {}

  /** What the reconciliation found, for the caller's exit code and log. */
  public record Outcome(
      int figures, int claims, int disagreements, int failedChecks, int problems) {}

  /**
   * The years whose report the summaries' claims are checked against: only those reports' mentions
   * are needed (the cross-checks read figures only).
   */
  public static Set<Integer> claimYears(List<Path> summaries) throws IOException {
    Set<Integer> years = new java.util.TreeSet<>();
    SummaryParser parser = new SummaryParser();
    for (Path summary : summaries) {
      parser
          .parse(summary.getFileName().toString(), Reconciling.readUtf8(summary))
          .sections()
          .forEach(section -> years.add(section.year()));
    }
    return years;
  }

  public static Outcome write(
      Path folder,
      Catalog catalog,
      List<Path> summaries,
      List<ReportFigures> reports,
      Acknowledgements acknowledgements)
      throws IOException {
    Files.createDirectories(folder);
    Map<String, List<Figure>> byReport = new TreeMap<>();
    reports.forEach(r -> byReport.put(r.report(), r.figures()));
    Map<String, List<Figure>> plausible = Plausibility.filter(byReport);
    List<Figure> figures = new ArrayList<>();
    Map<Integer, List<Figure>> byYear = new TreeMap<>();
    Map<Integer, List<Mention>> mentions = new TreeMap<>();
    for (ReportFigures r : reports) {
      List<Figure> kept = plausible.get(r.report());
      figures.addAll(kept);
      byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).addAll(kept);
      mentions.computeIfAbsent(r.year(), y -> new ArrayList<>()).addAll(r.mentions());
    }
    Publication.writeFigures(folder, figures, catalog);

    List<Acquired> acquired = new ArrayList<>();
    for (Path summary : summaries) {
      acquired.add(
          new Acquired(
              ManifestEntry.Kind.SUMMARY,
              summary,
              Checksums.sha256(Files.readAllBytes(summary)),
              OptionalInt.empty(),
              OptionalInt.empty(),
              Acquired.Source.INPUT_FOLDER));
    }
    List<String> errors = new ArrayList<>();
    Reconciliation reconciled =
        new Reconciling(catalog).reconcile(acquired, byYear, mentions, errors);
    if (!errors.isEmpty()) {
      throw new IOException(String.join("; ", errors));
    }
    Json.write(
        folder.resolve("reconciliation.json"), ReconciliationJson.of(reconciled, acknowledgements));
    new ReconciliationReport()
        .write(folder, reconciled, figures, p -> Optional.empty(), acknowledgements, catalog);
    Problems problems = Problems.judge(reconciled, acknowledgements, List.of());
    return new Outcome(
        figures.size(),
        reconciled.claims().size(),
        (int) reconciled.count(ClaimStatus.DISAGREES),
        (int) reconciled.findings(false),
        problems.open().size());
  }
}
