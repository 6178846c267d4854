package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.Acquirer;
import fr.beta.bilans.acquire.AcquisitionException;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.acquire.Downloader;
import fr.beta.bilans.acquire.InputFolder;
import fr.beta.bilans.acquire.InvalidManifestException;
import fr.beta.bilans.acquire.Manifest;
import fr.beta.bilans.acquire.ManifestEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The acquire step of a run: the reports and summaries of the manifest (or of the input folder),
 * each found, downloaded if need be, and checksummed; and the fingerprint of all that decides a
 * run's outputs.
 */
final class Acquiring {

  private Acquiring() {}

  static Inputs acquire(RunOptions options) throws InvalidManifestException, IOException {
    List<Acquired> reports = new ArrayList<>();
    List<Acquired> summaries = new ArrayList<>();
    List<ReportOutcome.Failed> failures = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Acquirer acquirer =
        new Acquirer(
            options.downloadFolder(),
            options.corpusFolders(),
            options.downloads()
                ? Optional.of(new Downloader(Duration.ofSeconds(20)))
                : Optional.empty());
    Optional<Manifest> manifest = Optional.empty();
    List<String> skipped = new ArrayList<>();
    if (options.inputFolder().isPresent()) {
      List<Path> files = new ArrayList<>();
      for (Path file : InputFolder.files(options.inputFolder().get())) {
        if (InputFolder.isOtherDocument(file)) {
          skipped.add(file.getFileName() + ": not a PDF (neither by name nor by content), skipped");
        } else {
          files.add(file);
        }
      }
      for (Attempt attempt : inParallel(files, InputFolder::acquire)) {
        attempt.addTo(reports, failures);
      }
      // The folder's reports are checked against the manifest's summaries, unless told not to.
      if (options.manifestSummaries() && Files.isRegularFile(options.manifest())) {
        manifest = Optional.of(Manifest.read(options.manifest()));
      }
    } else {
      manifest = Optional.of(Manifest.read(options.manifest()));
      // Checksums are most of a no-change rerun: compute them on every core.
      for (Attempt attempt : inParallel(manifest.get().reports(), acquirer::acquire)) {
        attempt.addTo(reports, failures);
      }
    }
    if (options.summaries().isEmpty() && options.manifestSummaries() && manifest.isPresent()) {
      // A folder's run did not ask for these summaries: one that is not at hand is said and
      // skipped (nothing is downloaded for it), and fails nothing.
      boolean asked = options.inputFolder().isEmpty();
      Acquirer summaryAcquirer =
          asked
              ? acquirer
              : new Acquirer(options.downloadFolder(), options.corpusFolders(), Optional.empty());
      for (ManifestEntry entry : manifest.get().summaries()) {
        try {
          summaries.add(summaryAcquirer.acquire(entry));
        } catch (AcquisitionException e) {
          if (asked) {
            errors.add(e.getMessage());
          } else {
            skipped.add(
                e.file()
                    + ": the manifest's summary is not at hand, skipped (give it with --summary,"
                    + " or run with --no-summaries)");
          }
        }
      }
    }
    for (Path summary : options.summaries()) {
      try {
        summaries.add(InputFolder.acquire(summary));
      } catch (AcquisitionException e) {
        errors.add(e.getMessage());
      }
    }
    return new Inputs(reports, summaries, failures, errors, skipped);
  }

  /** One acquisition: the input, or why it could not be had. */
  private record Attempt(Optional<Acquired> acquired, Optional<AcquisitionException> failure) {
    void addTo(List<Acquired> reports, List<ReportOutcome.Failed> failures) {
      acquired.ifPresent(reports::add);
      failure.ifPresent(
          e -> failures.add(new ReportOutcome.Failed(e.file(), "acquire", e.reason())));
    }
  }

  @FunctionalInterface
  private interface Acquisition<T> {
    Acquired acquire(T input) throws AcquisitionException;
  }

  /** Acquires each input on the common pool, results in the order of the inputs. */
  private static <T> List<Attempt> inParallel(List<T> inputs, Acquisition<T> acquisition) {
    return inputs.parallelStream()
        .map(
            input -> {
              try {
                return new Attempt(Optional.of(acquisition.acquire(input)), Optional.empty());
              } catch (AcquisitionException e) {
                return new Attempt(Optional.empty(), Optional.of(e));
              }
            })
        .toList();
  }

  /**
   * What decides the outputs: the code, the catalog, each input, the acknowledgements and the
   * limits.
   */
  static String fingerprint(CatalogOnDemand catalog, Inputs inputs, RunOptions options, String ocr)
      throws IOException {
    StringBuilder key =
        new StringBuilder(ToolVersion.fingerprint()).append('\n').append(catalog.sha256());
    // Whether images are read, and by which engine and settings, changes the figures.
    key.append("\nocr ").append(ocr);
    inputs
        .reports()
        .forEach(
            r ->
                key.append("\nreport ")
                    .append(r.fileName())
                    .append(' ')
                    .append(r.sha256())
                    .append(' ')
                    .append(r.year().isPresent() ? r.year().getAsInt() : "infer"));
    inputs
        .summaries()
        .forEach(s -> key.append("\nsummary ").append(s.fileName()).append(' ').append(s.sha256()));
    inputs
        .failures()
        .forEach(f -> key.append("\nfailed ").append(f.file()).append(' ').append(f.reason()));
    inputs.errors().forEach(e -> key.append("\nerror ").append(e));
    options.language().ifPresent(l -> key.append("\nlanguage ").append(l));
    if (options.year().isPresent()) {
      key.append("\nyear ").append(options.year().getAsInt());
    }
    // An acknowledgement changes the outputs (and the exit code) as much as an input does.
    if (options.acknowledgedFile().isPresent()) {
      key.append("\nacknowledged ").append(Checksums.sha256(options.acknowledgedFile().get()));
    }
    // Every bound can change an outcome: a corrected password, a raised timeout or memory limit
    // must recompute (the password enters only as its own hash).
    key.append("\nlimits ")
        .append(options.limits().maxPages())
        .append(' ')
        .append(options.limits().memoryBytes())
        .append(' ')
        .append(options.reportTimeout().toMillis())
        .append(' ')
        .append(
            options
                .limits()
                .password()
                .map(p -> Checksums.sha256(p.getBytes(StandardCharsets.UTF_8)))
                .orElse("none"));
    return Checksums.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
  }
}
