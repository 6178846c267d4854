package fr.beta.bilans.cli;

import fr.beta.bilans.evaluate.ClaimEvaluation;
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

/**
 * {@code bilans evaluate}: precision and recall of a run's figures against a ground truth, and the
 * share of a run's claims whose status matches the expected one.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    sortOptions = false,
    description = {
      "Scores output/figures.json against ground-truth files (YEAR.json, format in "
          + "the catalog spec): unique (metric, period, kind, value) per report and overall, with "
          + "the wrong and missed figures listed. With --claims, scores the claims of "
          + "output/reconciliation.json against expected claims (claims.json): a claim is right "
          + "when its status, and the report value where one is expected, are those expected. "
          + "Run './bilans run' first.",
      "",
      "Examples:",
      "  ./bilans evaluate --truth ../shared/corpus/groundtruth --min-precision 0.95",
      "  ./bilans run --summary ../shared/corpus/paraphrases/bilans-reworded.md",
      "  ./bilans evaluate --claims ../shared/corpus/paraphrases/claims.json --min-claims 0.9"
    },
    footer = {"", "Exit codes: 0 at or above the thresholds; 1 below; 2 unusable input."})
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--truth",
      paramLabel = "DIR",
      description = "the folder of YEAR.json files: scores the figures")
  private Path truth;

  @Option(
      names = "--claims",
      paramLabel = "FILE",
      description = "expected claims (claims.json format): scores the claims")
  private Path claims;

  @Option(
      names = "--reconciliation",
      paramLabel = "FILE",
      defaultValue = "output/reconciliation.json",
      description = "the claims to score (default: ${DEFAULT-VALUE})")
  private Path reconciliation;

  @Option(
      names = "--min-claims",
      paramLabel = "S",
      defaultValue = "0",
      description =
          "exit 1 when the share of expected claims that came out right is below S"
              + " (default: ${DEFAULT-VALUE})")
  private double minClaims;

  @Option(
      names = "--figures",
      paramLabel = "FILE",
      defaultValue = "output/figures.json",
      description = "the figures to score (default: ${DEFAULT-VALUE})")
  private Path figures;

  @Option(
      names = "--metrics",
      paramLabel = "ID",
      split = ",",
      description =
          "score these metrics only (comma-separated): a catalog that describes only some of the"
              + " truth's metrics (--catalog cds and the headline figures of its family)")
  private List<String> metrics = new java.util.ArrayList<>();

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
    if (truth == null && claims == null) {
      spec.commandLine()
          .getErr()
          .println("bilans: evaluate what? give --truth DIR (figures), --claims FILE, or both");
      return ExitCodes.USAGE;
    }
    boolean ok = true;
    if (truth != null) {
      Integer figuresExit = figures();
      if (figuresExit == ExitCodes.USAGE) {
        return figuresExit;
      }
      ok = figuresExit == ExitCodes.OK;
    }
    if (claims != null) {
      Integer claimsExit = claims();
      if (claimsExit == ExitCodes.USAGE) {
        return claimsExit;
      }
      ok &= claimsExit == ExitCodes.OK;
    }
    return ok ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private Integer claims() {
    PrintWriter out = spec.commandLine().getOut();
    List<ClaimEvaluation.SummaryScore> scores;
    try {
      scores = new ClaimEvaluation().score(reconciliation, claims);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("bilans: cannot evaluate the claims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.printf("%-48s %8s %6s %6s%n", "summary", "expected", "right", "share");
    for (ClaimEvaluation.SummaryScore s : scores) {
      out.printf("%-48s %8d %6d %6.3f%n", s.summary(), s.expected(), s.right(), s.share());
    }
    ClaimEvaluation.SummaryScore overall = scores.get(scores.size() - 1);
    overall.problems().forEach(p -> out.println("  wrong   " + p));
    out.flush();
    return overall.share() >= minClaims ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private Integer figures() {
    PrintWriter out = spec.commandLine().getOut();
    List<ReportScore> scores;
    try {
      scores = new Evaluation().score(figures, truth, java.util.Set.copyOf(metrics));
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
