package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.Acquirer;
import fr.beta.bilans.acquire.AcquisitionException;
import fr.beta.bilans.acquire.Downloader;
import fr.beta.bilans.acquire.InputFolder;
import fr.beta.bilans.acquire.InvalidManifestException;
import fr.beta.bilans.acquire.Manifest;
import fr.beta.bilans.acquire.ManifestEntry;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureMatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the batch: acquire the inputs, extract and match each report (reports in parallel,
 * each one isolated: a report that fails becomes a {@link ReportOutcome.Failed} and the others go
 * on), reconcile, publish.
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Progress progress;

  public Pipeline(Progress progress) {
    this.progress = progress;
  }

  /** Loads the catalog of the options: the file given, else the default one. */
  public static Catalog catalog(RunOptions options) throws CatalogException {
    CatalogLoader loader = new CatalogLoader();
    return options.catalogFile().isPresent() ? loader.load(options.catalogFile().get()) : loader.loadDefault();
  }

  public RunResult run(RunOptions options, Catalog catalog)
      throws InvalidManifestException, IOException {
    Instant started = Instant.now();
    List<String> inputErrors = new ArrayList<>();
    List<ReportOutcome> outcomes = new ArrayList<>();
    List<Acquired> reports = new ArrayList<>();
    List<Acquired> summaries = new ArrayList<>();
    acquire(options, reports, summaries, outcomes, inputErrors);

    FigureMatcher matcher = new FigureMatcher(catalog);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.threads(), reports.size())));
    try {
      List<Future<ReportOutcome>> futures = new ArrayList<>();
      for (Acquired input : reports) {
        futures.add(pool.submit(() -> process(input, matcher)));
      }
      for (int i = 0; i < futures.size(); i++) {
        outcomes.add(await(futures.get(i), reports.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
    outcomes.sort((a, b) -> a.file().compareTo(b.file()));
    Publication publication = new Publication(options.outputFolder(), catalog);
    RunResult result = publication.publish(outcomes, summaries, inputErrors, started);
    LOG.debug("run done in {}", Duration.between(started, Instant.now()));
    return result;
  }

  private void acquire(RunOptions options, List<Acquired> reports, List<Acquired> summaries,
      List<ReportOutcome> outcomes, List<String> inputErrors) throws InvalidManifestException, IOException {
    if (options.inputFolder().isPresent()) {
      for (Path file : InputFolder.files(options.inputFolder().get())) {
        try {
          reports.add(InputFolder.acquire(file));
        } catch (AcquisitionException e) {
          outcomes.add(new ReportOutcome.Failed(e.file(), "acquire", e.getMessage()));
        }
      }
    } else {
      Manifest manifest = Manifest.read(options.manifest());
      Acquirer acquirer = new Acquirer(options.downloadFolder(), options.corpusFolders(),
          options.downloads() ? Optional.of(new Downloader(Duration.ofSeconds(20))) : Optional.empty());
      for (ManifestEntry entry : manifest.reports()) {
        try {
          reports.add(acquirer.acquire(entry));
        } catch (AcquisitionException e) {
          outcomes.add(new ReportOutcome.Failed(e.file(), "acquire", e.getMessage()));
        }
      }
      if (options.summaries().isEmpty()) {
        for (ManifestEntry entry : manifest.summaries()) {
          try {
            summaries.add(acquirer.acquire(entry));
          } catch (AcquisitionException e) {
            inputErrors.add(e.getMessage());
          }
        }
      }
    }
    for (Path summary : options.summaries()) {
      try {
        summaries.add(InputFolder.acquire(summary));
      } catch (AcquisitionException e) {
        inputErrors.add(e.getMessage());
      }
    }
  }

  private ReportOutcome process(Acquired input, FigureMatcher matcher) {
    progress.reportStarted(input.fileName());
    long t0 = System.nanoTime();
    ExtractedReport report;
    try {
      report = new ReportExtractor().extract(input.path(), input.sha256());
    } catch (UnreadableReportException e) {
      progress.reportFailed(input.fileName(), e.getMessage());
      return new ReportOutcome.Failed(input.fileName(), "extract", e.getMessage());
    }
    long t1 = System.nanoTime();
    ReportYear year = input.year().isPresent() ? ReportYear.fromManifest(input.year().getAsInt())
        : ReportYear.infer(report);
    List<String> warnings = new ArrayList<>();
    if (input.expectedPages().isPresent() && input.expectedPages().getAsInt() != report.pageCount()) {
      warnings.add("the manifest says " + input.expectedPages().getAsInt() + " pages, the PDF has "
          + report.pageCount());
    }
    if (year.year() == 0) {
      progress.reportFailed(input.fileName(), "no year found in its title, cover page or file name");
      return new ReportOutcome.Failed(input.fileName(), "extract",
          "no year found in its title metadata, cover page or file name: name it 'Bilan YYYY ...pdf' or list it in a manifest");
    }
    List<Figure> figures = matcher.match(report, year.year());
    long t2 = System.nanoTime();
    progress.reportDone(input.fileName(), report.pageCount(), figures.size(), (t2 - t0) / 1_000_000);
    return new ReportOutcome.Processed(input.fileName(), input.path(), input.sha256(),
        input.source().name().toLowerCase(java.util.Locale.ROOT),
        year, report, figures, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, warnings);
  }

  private static ReportOutcome await(Future<ReportOutcome> future, Acquired input) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReportOutcome.Failed(input.fileName(), "extract", "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LOG.debug("report {} failed", input.fileName(), cause);
      String what = cause instanceof OutOfMemoryError ? "ran out of memory" : cause.getClass().getSimpleName()
          + ": " + cause.getMessage();
      return new ReportOutcome.Failed(input.fileName(), "extract", "unexpected error (" + what + ")");
    }
  }
}
