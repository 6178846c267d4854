package fr.beta.bilans.cli;

import fr.beta.bilans.acquire.InvalidManifestException;
import fr.beta.bilans.extract.ExtractionLimits;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogSource;
import fr.beta.bilans.pipeline.CatalogOnDemand;
import fr.beta.bilans.pipeline.NothingReadException;
import fr.beta.bilans.pipeline.OutputBusyException;
import fr.beta.bilans.pipeline.Pipeline;
import fr.beta.bilans.pipeline.Progress;
import fr.beta.bilans.pipeline.ReportOutcome;
import fr.beta.bilans.pipeline.RunOptions;
import fr.beta.bilans.pipeline.RunResult;
import fr.beta.bilans.reconcile.InvalidAcknowledgementsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilans run}: the whole batch, from the manifest (or a folder) to the outputs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Acquires the yearly reports and summaries, extracts each report, finds its key figures, "
          + "reconciles them with the summaries and across years, and writes everything under the "
          + "output folder: figures.json, figures.csv, figures.xlsx, reconciliation.json/.md/.html, "
          + "reports/<year>/document.json and, last, run.json.",
      "",
      "With no option, the inputs are those of input-pdfs/manifest.json: each is taken from "
          + "input-pdfs/, else from the corpus folder, else downloaded from its public URL; every "
          + "checksum is verified.",
      "",
      "Examples:",
      "  ./bilans run",
      "  ./bilans run --offline --quiet",
      "  ./bilans run --input ~/new-reports --summary page.md --output /tmp/out",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 done and everything reconciled (or acknowledged); 1 done, with "
          + "disagreements, failed cross-checks or failed reports (details in the outputs); 2 "
          + "unusable invocation or configuration, or no report could be read (the last outputs "
          + "stay)."
    })
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "process every file of DIR instead of the manifest's reports; the year of each comes from its title, cover page or file name")
  private Optional<Path> input;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "a Markdown summary to reconcile against (repeatable); replaces the manifest's, which"
              + " a run on --input reads too")
  private List<Path> summaries = new ArrayList<>();

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description =
          "the year of every report read (with --input), instead of the one its title, cover page"
              + " or file name tells (a fiscal year 2023-2024 is told as 2024)")
  private Optional<Integer> year;

  /** The languages whose numbers bilans reads. */
  enum Language {
    FR,
    EN
  }

  @Option(
      names = "--language",
      paramLabel = "fr|en",
      converter = LanguageConverter.class,
      description =
          "read every report in this language (its number grammar: '1,324' is 1.324 in fr, 1324"
              + " in en) instead of the one its words tell")
  private Optional<Language> language;

  /** Accepts fr or en, in any case. */
  static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a language bilans reads (fr, en)");
      }
    }
  }

  @Option(
      names = "--no-summaries",
      description = "reconcile against no summary (not even the manifest's)")
  private boolean noSummaries;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "where to write (default: output/ of the bilans folder)")
  private Optional<Path> output;

  @Option(
      names = "--catalog",
      paramLabel = "NAME|FILE",
      description =
          "the key-figure catalog: a shipped one by name (beta, the default: beta.gouv.fr's"
              + " yearly reports; cds: the Canadian Digital Service's annual report) or a file")
  private Optional<Path> catalog;

  @Option(
      names = "--acknowledged",
      paramLabel = "FILE",
      description =
          "known problems an analyst accepted (default: acknowledged.yaml of the bilans folder, when"
              + " there is one); an acknowledged disagreement or failed cross-check does not make"
              + " the exit code 1 as long as its values stay the same")
  private Optional<Path> acknowledged;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "the manifest of inputs (default: input-pdfs/manifest.json of the bilans folder); files are downloaded beside it")
  private Optional<Path> manifest;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "a folder holding local copies, also searched in its reports/ and summaries/ (default: $BILANS_CORPUS, else ../shared/corpus beside the bilans folder)")
  private Optional<Path> corpus;

  @Option(
      names = "--offline",
      description = "never download; fail with the list of missing files instead")
  private boolean offline;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "reports processed at once (default: ${DEFAULT-VALUE})")
  private int threads;

  @Option(
      names = "--force",
      description =
          "ignore the cache and the last run's outputs: extract, match and render everything again")
  private boolean force;

  @Option(
      names = "--no-ocr",
      description =
          "do not read the text inside images (chart labels, scanned pages) with tesseract: faster,"
              + " and only the text layer's figures")
  private boolean noOcr;

  @Option(
      names = "--ocr-cache",
      paramLabel = "DIR",
      description =
          "where what OCR read in each image is kept across runs (default:"
              + " $XDG_CACHE_HOME/bilans/ocr, else ~/.cache/bilans/ocr)")
  private Optional<Path> ocrCache;

  @Option(
      names = "--wait",
      description = "when another run holds the output folder, wait for it instead of failing")
  private boolean waitForLock;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "time limit of one report; past it the report fails and the batch goes on (default: ${DEFAULT-VALUE})")
  private int timeoutSeconds;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      defaultValue = "1000",
      description = "a PDF with more pages fails instead of being read (default: ${DEFAULT-VALUE})")
  private int maxPages;

  @Option(
      names = "--memory-mb",
      paramLabel = "MB",
      defaultValue = "256",
      description =
          "main memory PDFBox may use per report; beyond it, scratch files (default: ${DEFAULT-VALUE})")
  private int memoryMb;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      arity = "0..1",
      interactive = false,
      description = "the user password of encrypted reports")
  private Optional<String> password;

  @Option(
      names = {"-q", "--quiet"},
      description = "print nothing but errors (progress is shown only on a terminal anyway)")
  private boolean quiet;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CatalogOnDemand loaded;
    Path manifestFile =
        manifest.orElseGet(() -> Defaults.home().resolve("input-pdfs/manifest.json"));
    Path corpusFolder = corpus.orElseGet(Defaults::corpus);
    // A named input that is not there is the caller's mistake: say so before any work, so that
    // the last outputs stay as they are.
    List<Path> files = new ArrayList<>(summaries);
    List<String> fileRoles = new ArrayList<>(summaries.stream().map(s -> "--summary").toList());
    catalog
        .filter(c -> CatalogSource.shipped(c.toString()).isEmpty())
        .ifPresent(
            c -> {
              files.add(c);
              fileRoles.add("--catalog");
            });
    acknowledged.ifPresent(
        a -> {
          files.add(a);
          fileRoles.add("--acknowledged");
        });
    if (input.isEmpty()) {
      files.add(manifestFile);
      fileRoles.add(manifest.isPresent() ? "--manifest" : "the manifest");
    }
    List<Path> folders = new ArrayList<>();
    List<String> folderRoles = new ArrayList<>();
    input.ifPresent(
        i -> {
          folders.add(i);
          folderRoles.add("--input");
        });
    corpus.ifPresent(
        c -> {
          folders.add(c);
          folderRoles.add("--corpus");
        });
    List<String> problems = InputErrors.missing(files, fileRoles, folders, folderRoles);
    if (Files.isRegularFile(outputFolder())) {
      problems.add("--output " + outputFolder() + ": is a file, not a folder");
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("bilans: " + p));
      err.println("bilans: nothing was run; the last outputs stay as they are");
      return ExitCodes.USAGE;
    }
    RunOptions options;
    try {
      options =
          new RunOptions(
              manifestFile,
              manifestFile.toAbsolutePath().getParent(),
              List.of(
                  corpusFolder, corpusFolder.resolve("reports"), corpusFolder.resolve("summaries")),
              !offline,
              input,
              summaries,
              !noSummaries,
              outputFolder(),
              catalog,
              acknowledgedFile(),
              year.isPresent()
                  ? java.util.OptionalInt.of(year.get())
                  : java.util.OptionalInt.empty(),
              language.map(l -> l.name().toLowerCase(java.util.Locale.ROOT)),
              threads,
              force,
              waitForLock,
              Duration.ofSeconds(timeoutSeconds),
              new ExtractionLimits(maxPages, memoryMb * 1024L * 1024L, password),
              noOcr
                  ? Optional.empty()
                  : Optional.of(ocrCache.orElseGet(RunOptions::defaultOcrCache)));
    } catch (IllegalArgumentException e) {
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      loaded = Pipeline.catalog(options);
    } catch (CatalogException e) {
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    RunResult result;
    // Progress is for a person watching: only on a terminal, and never with --quiet.
    Progress progress =
        quiet || System.console() == null ? Progress.SILENT : new StderrProgress(err);
    try {
      result = new Pipeline(progress).run(options, loaded);
    } catch (InvalidManifestException e) {
      err.println("bilans: invalid manifest: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (OutputBusyException e) {
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("bilans: " + InputErrors.describe(e));
      return ExitCodes.USAGE;
    } catch (CatalogException | InvalidAcknowledgementsException e) {
      err.println("bilans: " + e.getMessage());
      err.println("bilans: nothing was run; the last outputs stay as they are");
      return ExitCodes.USAGE;
    } catch (NothingReadException e) {
      for (ReportOutcome.Failed f : e.failures()) {
        err.println("bilans: " + f.describe());
      }
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    for (ReportOutcome.Failed f : result.failures()) {
      err.println("bilans: " + f.describe());
    }
    if (!quiet) {
      result.skipped().forEach(s -> err.println("bilans: " + s));
      result.warnings().forEach(w -> err.println("bilans: warning: " + w));
    }
    result.errors().forEach(e -> err.println("bilans: " + e));
    // What needs a person, one line each. With --quiet only what is new since the last run, so
    // that a nightly job mails when something changed: known problems are acknowledged, or left
    // to one line.
    if (quiet) {
      result.newSinceLastRun().forEach(p -> err.println("bilans: new: " + p.text()));
      int known = result.problems().size() - result.newSinceLastRun().size();
      if (known > 0 && result.newSinceLastRun().isEmpty()) {
        err.println(
            "bilans: "
                + known
                + " problem(s) unchanged since the last run (see run.json; acknowledge them in"
                + " acknowledged.yaml to make the exit code 0)");
      }
    } else {
      for (var p : result.problems()) {
        err.println("bilans: " + (result.newSinceLastRun().contains(p) ? "new: " : "") + p.text());
      }
      result
          .acknowledged()
          .forEach(p -> err.println("bilans: acknowledged: " + p.id() + " " + p.values()));
      err.println(summaryLine(result));
    }
    err.flush();
    return result.hasProblems() ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private String summaryLine(RunResult r) {
    var c = r.reconciliation();
    return String.format(
        "bilans: %d report(s) processed, %d failed; %d figures; claims: %d agree, "
            + "%d disagree, %d not in report, %d ambiguous, %d without a report; cross-checks: %d passed, %d failed; "
            + "%.1f s%s; outputs in %s",
        r.processed(),
        r.failures().size(),
        r.figures(),
        c.agrees(),
        c.disagrees(),
        c.notInReport(),
        c.ambiguous(),
        c.noReport(),
        c.findingsPassed(),
        c.findingsFailed(),
        r.millis() / 1000.0,
        r.reusedPrevious() ? " (nothing changed: the last run's outputs stand)" : "",
        outputFolder());
  }

  /** The file given, else the bilans folder's acknowledged.yaml when there is one. */
  private Optional<Path> acknowledgedFile() {
    if (acknowledged.isPresent()) {
      return acknowledged;
    }
    Path standard = Defaults.home().resolve("acknowledged.yaml");
    return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
  }

  private Path outputFolder() {
    return output.orElseGet(() -> Defaults.home().resolve("output"));
  }
}
