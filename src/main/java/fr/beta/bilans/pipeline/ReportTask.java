package fr.beta.bilans.pipeline;

import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ExtractionLimits;
import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureMatcher;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.ocr.OcrService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The work on one report outside a run, for a cluster task: a PDF to its extraction, then an
 * extraction to its year, figures and mentions, each step bounded in time. It keeps no state
 * between reports and writes nothing: the caller stores what it returns. The figures are those of
 * the report alone: the check across a series of reports ({@link
 * fr.beta.bilans.figures.Plausibility}) is the caller's, once it has them all.
 *
 * <p>Example: {@code new ReportTask(catalog, ExtractionLimits.DEFAULT, ocr,
 * Duration.ofMinutes(5)).extract(pdf, sha256)}.
 */
public final class ReportTask {

  private final Catalog catalog;
  private final ReportExtractor extractor;
  private final Duration timeout;

  public ReportTask(
      Catalog catalog, ExtractionLimits limits, Optional<OcrService> ocr, Duration timeout) {
    this.catalog = catalog;
    this.extractor = new ReportExtractor(limits, ocr);
    this.timeout = timeout;
  }

  /** What a step of the task could not do: the stage it stopped at and why, in one line. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String stage;

    Failure(String stage, String reason) {
      super(reason);
      this.stage = stage;
    }

    public String stage() {
      return stage;
    }
  }

  /** A report matched: its year and how it was told, what the matching found and warned of. */
  public record Matched(
      ReportYear year,
      List<Figure> figures,
      List<Mention> mentions,
      List<String> warnings,
      String language) {}

  /** Step one: the PDF to what it shows, within the time bound. */
  public ExtractedReport extract(Path pdf, String sha256) throws Failure {
    return bounded(
        "extract",
        () -> {
          try {
            return extractor.extract(pdf, sha256);
          } catch (UnreadableReportException e) {
            throw new Failure("extract", e.getMessage());
          } catch (OutOfMemoryError e) {
            throw new Failure(
                "extract", "ran out of memory (a decompression bomb or a huge page?)");
          }
        });
  }

  /**
   * Step two: the extraction of a report to its figures and mentions; its year is {@code given},
   * else told by the report itself (title metadata, cover page, file name).
   */
  public Matched match(ExtractedReport report, OptionalInt given) throws Failure {
    return bounded(
        "match",
        () -> {
          ReportYear year =
              given.isPresent() ? ReportYear.given(given.getAsInt()) : ReportYear.infer(report);
          if (year.year() == 0) {
            throw new Failure("match", ReportYear.NOT_FOUND);
          }
          try {
            return read(report, year, new FigureMatcher(catalog), Optional.empty());
          } catch (CatalogException e) {
            throw new Failure("match", "the catalog cannot read it: " + e.getMessage());
          }
        });
  }

  /** The matching of a report of a known year, shared with the local run. */
  static Matched read(
      ExtractedReport report, ReportYear year, FigureMatcher matcher, Optional<String> language)
      throws CatalogException {
    List<String> warnings = new ArrayList<>();
    report.metadata().repair().ifPresent(warnings::add);
    FigureMatcher.Reading reading = matcher.read(report, year.year(), language);
    warnings.addAll(reading.warnings());
    return new Matched(
        year,
        FiscalYear.figures(reading.figures(), year),
        FiscalYear.mentions(reading.mentions(), year),
        List.copyOf(warnings),
        reading.locale());
  }

  /** Runs a step in its own thread, interrupted when the time bound passes. */
  private <T> T bounded(String stage, Callable<T> step) throws Failure {
    FutureTask<T> task = new FutureTask<>(step);
    Thread thread = new Thread(task, "bilans-task-" + stage);
    thread.setDaemon(true); // a step past its bound must not keep the executor's JVM alive
    thread.start();
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new Failure(
          stage, "took longer than the limit of " + timeout.toSeconds() + " s (--timeout)");
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(stage, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Failure failure) {
        throw failure;
      }
      String what =
          cause instanceof StackOverflowError
              ? "objects nested too deeply"
              : cause.getClass().getSimpleName() + ": " + cause.getMessage();
      throw new Failure(stage, "internal error in bilans (please report): " + what);
    }
  }
}
