package fr.beta.bilans.cli;

import fr.beta.bilans.evaluate.Evaluation;
import fr.beta.bilans.evaluate.ReportScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilans evaluate}: precision and recall of a run's figures against a ground truth. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Scores output/figures.json against ground-truth files (YEAR.json, format in "
          + "the catalog spec): unique (metric, period, kind, value) per report and overall, with "
          + "the wrong and missed figures listed. Run './bilans run' first.",
      "",
      "Example: ./bilans evaluate --truth ../shared/corpus/groundtruth --min-precision 0.95"
    },
    footer = {"", "Exit codes: 0 at or above the thresholds; 1 below; 2 unusable input."})
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--truth",
      paramLabel = "DIR",
      required = true,
      description = "the folder of YEAR.json files")
  private Path truth;

  @Option(
      names = "--figures",
      paramLabel = "FILE",
      defaultValue = "output/figures.json",
      description = "the figures to score (default: ${DEFAULT-VALUE})")
  private Path figures;

  @Option(
      names = "--min-precision",
      paramLabel = "P",
      defaultValue = "0",
      description = "exit 1 when overall precision is below P (default: ${DEFAULT-VALUE})")
  private double minPrecision;

  @Option(
      names = "--min-recall",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "exit 1 when overall recall over the text layer is below R (default: ${DEFAULT-VALUE})")
  private double minRecall;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ReportScore> scores;
    try {
      scores = new Evaluation().score(figures, truth);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("bilans: cannot evaluate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.printf(
        "%-48s %9s %6s %6s %11s%n", "report", "predicted", "prec.", "recall", "recall(text)");
    for (ReportScore s : scores) {
      out.printf(
          "%-48s %9d %6.3f %6.3f %11.3f%n",
          s.report(), s.predicted(), s.precision(), s.recall(), s.recallTextLayer());
    }
    for (ReportScore s : scores) {
      s.wrong().forEach(t -> out.println("  wrong   " + s.report() + ": " + t));
      s.missedInTextLayer().forEach(t -> out.println("  missed  " + s.report() + ": " + t));
      s.missedImageOnly()
          .forEach(t -> out.println("  missed (image only) " + s.report() + ": " + t));
    }
    ReportScore overall = scores.get(scores.size() - 1);
    out.flush();
    boolean ok = overall.precision() >= minPrecision && overall.recallTextLayer() >= minRecall;
    return ok ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
