package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.InvalidManifestException;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogSource;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Plausibility;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.InvalidAcknowledgementsException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the batch, under the output folder's lock: acquire the inputs; when they, the catalog
 * and the code are those of the last complete run, keep its outputs; else extract and match each
 * report (in parallel, each one isolated and time-bounded: a report that fails becomes a failure
 * and the others go on; the cache spares what an earlier run computed), reconcile, and publish
 * through a staging folder so that the outputs change all at once.
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Progress progress;

  public Pipeline(Progress progress) {
    this.progress = progress;
  }

  /**
   * The catalog of the options (the file given, else the built-in one), parsed and validated now
   * unless the last complete run in the output folder used these very bytes with this code.
   */
  public static CatalogOnDemand catalog(RunOptions options) throws CatalogException {
    CatalogSource source =
        options.catalogFile().isPresent()
            ? CatalogSource.named(options.catalogFile().get().toString())
            : CatalogSource.builtIn();
    CatalogOnDemand catalog = new CatalogOnDemand(source);
    if (!PreviousRun.read(options.outputFolder()).usedCatalog(source.sha256())) {
      catalog.get();
    }
    return catalog;
  }

  public RunResult run(RunOptions options, Catalog catalog)
      throws InvalidManifestException,
          IOException,
          OutputBusyException,
          CatalogException,
          NothingReadException,
          InvalidAcknowledgementsException {
    return run(options, CatalogOnDemand.of(catalog));
  }

  @SuppressWarnings("try") // the lock is held for the whole block, never read
  public RunResult run(RunOptions options, CatalogOnDemand catalog)
      throws InvalidManifestException,
          IOException,
          OutputBusyException,
          CatalogException,
          NothingReadException,
          InvalidAcknowledgementsException {
    Instant started = Instant.now();
    LOG.debug(
        "run starts {} ms after the process",
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(t -> Duration.between(t, started).toMillis())
            .orElse(-1L));
    Path output = options.outputFolder();
    // Read before the output folder is touched: an invalid file leaves everything as it was.
    Acknowledgements acknowledgements =
        options.acknowledgedFile().isPresent()
            ? Acknowledgements.load(options.acknowledgedFile().get())
            : Acknowledgements.NONE;
    try (OutputLock lock = OutputLock.acquire(output, options.waitForLock())) {
      StagedOutput.recover(output);
      PreviousRun previous = PreviousRun.read(output);
      Inputs inputs = Acquiring.acquire(options);
      RunOcr ocr = RunOcr.start(options);
      String fingerprint = Acquiring.fingerprint(catalog, inputs, options, ocr.fingerprint());
      LOG.debug(
          "acquired {} report(s) and {} summary(ies) in {} ms",
          inputs.reports().size(),
          inputs.summaries().size(),
          Duration.between(started, Instant.now()).toMillis());
      if (!options.force()) {
        Optional<RunResult> reused = previous.reuse(fingerprint, started);
        if (reused.isPresent()) {
          LOG.debug("inputs, catalog and code unchanged: the outputs of the last run stand");
          return reused.get();
        }
      }
      ReportCache cache =
          new ReportCache(output.resolve(".cache"), options.force(), ocr.fingerprint());
      StagedOutput staged = StagedOutput.begin(output);
      Documents documents = new Documents(staged.folder());
      List<ReportOutcome> outcomes =
          process(inputs.reports(), catalog, cache, options, documents, ocr);
      // Reports were expected (acquired, or named and not found) and none could be read.
      List<ReportOutcome.Failed> failures = new ArrayList<>(inputs.failures());
      outcomes.forEach(
          o -> {
            if (o instanceof ReportOutcome.Failed f) {
              failures.add(f);
            }
          });
      if (!failures.isEmpty()
          && outcomes.stream().noneMatch(o -> o instanceof ReportOutcome.Processed)) {
        staged.abandon();
        FailedRun.write(output, failures, inputs.errors(), started);
        throw new NothingReadException(failures);
      }
      LOG.debug(
          "extracted and matched in {} ms since the start",
          Duration.between(started, Instant.now()).toMillis());
      RunResult result =
          new Publication(staged.folder(), catalog.get(), cache, documents, options, ocr)
              .publish(
                  outcomes, inputs, fingerprint, started, acknowledgements, previous.problems());
      staged.commit(previous.outputs());
      java.nio.file.Files.deleteIfExists(output.resolve(FailedRun.FILE)); // this run read reports
      cache.prune();
      LOG.debug(
          "published and committed in {} ms since the start",
          Duration.between(started, Instant.now()).toMillis());
      return result;
    }
  }

  /**
   * Extracts and matches the reports. The catalog is parsed by the first report that needs it,
   * while the other thread goes on extracting: parsing it costs as much as a report.
   */
  private List<ReportOutcome> process(
      List<Acquired> reports,
      CatalogOnDemand catalog,
      ReportCache cache,
      RunOptions options,
      Documents documents,
      RunOcr ocr) {
    // The composition root of the per-report work: each step bare, the cache around it.
    ReportStage.Extraction extraction =
        new ReportStage.CachedExtraction(
            ReportStage.extraction(new ReportExtractor(options.limits(), ocr.service())), cache);
    ReportStage.Matching matching = new ReportStage.CatalogMatching(catalog, options.language());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(options.threads(), reports.size())),
            runnable -> {
              Thread thread = new Thread(runnable, "bilans-report");
              thread.setDaemon(true); // a report past its time limit must not keep the JVM alive
              return thread;
            });
    // Each report's time limit counts from its own start: a watchdog interrupts the report's
    // thread when it passes, and the extraction stops at its next content-stream operator.
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "bilans-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    List<ReportOutcome> outcomes = new ArrayList<>();
    try {
      List<FutureTask<ReportOutcome>> tasks = new ArrayList<>();
      List<AtomicBoolean> timedOut = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        Acquired input = reports.get(i);
        int index = i;
        AtomicBoolean late = new AtomicBoolean();
        timedOut.add(late);
        AtomicReference<FutureTask<ReportOutcome>> self = new AtomicReference<>();
        self.set(
            new FutureTask<>(
                () -> {
                  ScheduledFuture<?> alarm =
                      watchdog.schedule(
                          () -> {
                            late.set(true);
                            self.get().cancel(true);
                          },
                          options.reportTimeout().toNanos(),
                          TimeUnit.NANOSECONDS);
                  try {
                    return processOne(
                        index, input, extraction, matching, documents, options.year());
                  } finally {
                    alarm.cancel(false);
                  }
                }));
        tasks.add(self.get());
        pool.execute(self.get());
      }
      for (int i = 0; i < tasks.size(); i++) {
        outcomes.add(await(tasks.get(i), reports.get(i), options.reportTimeout(), timedOut.get(i)));
      }
    } finally {
      pool.shutdownNow();
      watchdog.shutdownNow();
    }
    outcomes.sort((a, b) -> a.file().compareTo(b.file()));
    return plausible(outcomes);
  }

  /**
   * The outcomes with the figures recognized by their words checked against the other reports of
   * the run (see {@link Plausibility}).
   */
  private static List<ReportOutcome> plausible(List<ReportOutcome> outcomes) {
    Map<String, List<Figure>> byReport = new TreeMap<>();
    outcomes.forEach(
        o -> {
          if (o instanceof ReportOutcome.Processed p) {
            byReport.put(p.file(), p.figures());
          }
        });
    Map<String, List<Figure>> kept = Plausibility.filter(byReport);
    return outcomes.stream()
        .map(o -> o instanceof ReportOutcome.Processed p ? p.withFigures(kept.get(p.file())) : o)
        .toList();
  }

  private ReportOutcome processOne(
      int index,
      Acquired input,
      ReportStage.Extraction extraction,
      ReportStage.Matching matching,
      Documents documents,
      java.util.OptionalInt givenYear)
      throws CatalogException {
    progress.reportStarted(input.fileName());
    long t0 = System.nanoTime();
    ReportStage.Extracted extracted;
    try {
      extracted = extraction.extract(input);
    } catch (UnreadableReportException e) {
      progress.reportFailed(input.fileName(), e.getMessage());
      return new ReportOutcome.Failed(input.fileName(), "extract", e.getMessage());
    } catch (OutOfMemoryError e) {
      progress.reportFailed(input.fileName(), "ran out of memory");
      return new ReportOutcome.Failed(
          input.fileName(),
          "extract",
          "ran out of memory (a decompression bomb or a huge page?): raise the heap with BILANS_JAVA_OPTS=-Xmx… or lower --memory-mb");
    }
    ExtractedReport report = extracted.report();
    long t1 = System.nanoTime();
    ReportYear year =
        input.year().isPresent()
            ? ReportYear.fromManifest(input.year().getAsInt())
            : givenYear.isPresent()
                ? ReportYear.given(givenYear.getAsInt())
                : ReportYear.infer(report);
    if (year.year() == 0) {
      progress.reportFailed(input.fileName(), ReportYear.NOT_FOUND);
      return new ReportOutcome.Failed(input.fileName(), "match", ReportYear.NOT_FOUND);
    }
    List<String> warnings = new ArrayList<>();
    if (input.expectedPages().isPresent()
        && input.expectedPages().getAsInt() != report.pageCount()) {
      warnings.add(
          "the manifest says "
              + input.expectedPages().getAsInt()
              + " pages, the PDF has "
              + report.pageCount());
    }
    ReportTask.Matched matched = matching.read(report, year);
    matched.warnings().forEach(w -> LOG.info("{}: {}", input.fileName(), w));
    warnings.addAll(matched.warnings());
    List<Figure> figures = matched.figures();
    List<Mention> mentions = matched.mentions();
    String document;
    try {
      document = documents.write(index, report, year, mentions, matched.language());
    } catch (IOException e) {
      progress.reportFailed(input.fileName(), "cannot write its document: " + e.getMessage());
      return new ReportOutcome.Failed(
          input.fileName(), "publish", "cannot write its document: " + e.getMessage());
    }
    long t2 = System.nanoTime();
    progress.reportDone(
        input.fileName(),
        report.pageCount(),
        figures.size(),
        (t2 - t0) / 1_000_000,
        extracted.fromCache());
    return new ReportOutcome.Processed(
        input.fileName(),
        input.path(),
        input.sha256(),
        input.source().name().toLowerCase(Locale.ROOT),
        year,
        report.pageCount(),
        document,
        figures,
        mentions,
        extracted.fromCache(),
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        warnings);
  }

  private ReportOutcome await(
      Future<ReportOutcome> future, Acquired input, Duration timeout, AtomicBoolean timedOut) {
    try {
      return future.get();
    } catch (CancellationException e) {
      String reason =
          timedOut.get()
              ? "took longer than the limit of " + timeout.toSeconds() + " s (--timeout)"
              : "cancelled";
      progress.reportFailed(input.fileName(), reason);
      return new ReportOutcome.Failed(input.fileName(), "extract", reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReportOutcome.Failed(input.fileName(), "extract", "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LOG.debug("report {} failed", input.fileName(), cause);
      String what =
          cause instanceof StackOverflowError
              ? "objects nested too deeply"
              : cause.getClass().getSimpleName() + ": " + cause.getMessage();
      // Not the report's fault: ours. The stack trace is logged with --verbose.
      String reason = "internal error in bilans (please report, with -v): " + what;
      progress.reportFailed(input.fileName(), reason);
      return new ReportOutcome.Failed(input.fileName(), "extract", reason);
    }
  }
}
