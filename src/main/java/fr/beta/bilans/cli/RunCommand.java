package fr.beta.bilans.cli;

import fr.beta.bilans.acquire.InvalidManifestException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.pipeline.Pipeline;
import fr.beta.bilans.pipeline.RunOptions;
import fr.beta.bilans.pipeline.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilans run}: the whole batch, from the manifest (or a folder) to the outputs. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
    description = {
        "Acquires the yearly reports and summaries, extracts each report, finds its key figures, "
            + "reconciles them with the summaries and across years, and writes everything under the "
            + "output folder: figures.json, figures.csv, reconciliation.json/.md/.html, "
            + "reports/<year>/document.json and, last, run.json.", "",
        "With no option, the inputs are those of input-pdfs/manifest.json: each is taken from "
            + "input-pdfs/, else from the corpus folder, else downloaded from its public URL; every "
            + "checksum is verified.", "",
        "Examples:",
        "  ./bilans run",
        "  ./bilans run --offline --quiet",
        "  ./bilans run --input ~/new-reports --summary page.md --output /tmp/out", ""},
    footer = {"", "Exit codes: 0 done and everything reconciled; 1 done, with disagreements or failed "
        + "reports (details in the outputs); 2 unusable invocation or configuration."})
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "DIR",
      description = "process every file of DIR instead of the manifest's reports; the year of each comes from its title, cover page or file name")
  private Optional<Path> input;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "a Markdown summary to reconcile against (repeatable); replaces the manifest's")
  private List<Path> summaries = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR",
      description = "where to write (default: output/ of the bilans folder)")
  private Optional<Path> output;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "the key-figure catalog to use instead of the built-in one")
  private Optional<Path> catalog;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "the manifest of inputs (default: input-pdfs/manifest.json of the bilans folder); files are downloaded beside it")
  private Optional<Path> manifest;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "a folder holding local copies, also searched in its reports/ and summaries/ (default: $BILANS_CORPUS, else ../shared/corpus beside the bilans folder)")
  private Optional<Path> corpus;

  @Option(names = "--offline", description = "never download; fail with the list of missing files instead")
  private boolean offline;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "reports processed at once (default: ${DEFAULT-VALUE})")
  private int threads;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  private boolean quiet;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Catalog loaded;
    Path manifestFile = manifest.orElseGet(() -> Defaults.home().resolve("input-pdfs/manifest.json"));
    Path corpusFolder = corpus.orElseGet(Defaults::corpus);
    RunOptions options = new RunOptions(manifestFile, manifestFile.toAbsolutePath().getParent(),
        List.of(corpusFolder, corpusFolder.resolve("reports"), corpusFolder.resolve("summaries")),
        !offline, input, summaries, outputFolder(), catalog, threads);
    try {
      loaded = Pipeline.catalog(options);
    } catch (CatalogException e) {
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    RunResult result;
    try {
      result = new Pipeline(quiet ? fr.beta.bilans.pipeline.Progress.SILENT : new StderrProgress(err))
          .run(options, loaded);
    } catch (InvalidManifestException e) {
      err.println("bilans: invalid manifest: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("bilans: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    for (var outcome : result.reports()) {
      if (outcome instanceof fr.beta.bilans.pipeline.ReportOutcome.Failed f) {
        err.println("bilans: " + f.file() + ": " + f.stage() + " failed: " + f.reason());
      }
    }
    result.inputErrors().forEach(e -> err.println("bilans: " + e));
    err.println(summaryLine(result));
    err.flush();
    return result.hasProblems() ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private String summaryLine(RunResult r) {
    var c = r.reconciliation();
    return String.format("bilans: %d report(s) processed, %d failed; %d figures; claims: %d agree, "
            + "%d disagree, %d not in report, %d ambiguous; findings: %d passed, %d failed; %.1f s; outputs in %s",
        r.reports().size() - r.failedReports(), r.failedReports(), r.figures(), c.agrees(),
        c.disagrees(), c.notInReport(), c.ambiguous(), c.findingsPassed(), c.findingsFailed(),
        r.millis() / 1000.0, outputFolder());
  }

  private Path outputFolder() {
    return output.orElseGet(() -> Defaults.home().resolve("output"));
  }
}
