package fr.beta.bilans.pipeline;

import java.util.List;

/** The outcome of a whole run, for the CLI to report and turn into an exit code. */
public record RunResult(
    int processed,
    List<ReportOutcome.Failed> failures,
    List<String> errors,
    int figures,
    ReconciliationSummary reconciliation,
    long millis,
    boolean reusedPrevious) {

  public RunResult {
    failures = List.copyOf(failures);
    errors = List.copyOf(errors);
  }

  /** Counts of the reconciliation, for the closing line and the exit code. */
  public record ReconciliationSummary(
      int agrees,
      int disagrees,
      int notInReport,
      int ambiguous,
      int noReport,
      int findingsPassed,
      int findingsFailed) {}

  /**
   * Whether anything needs a person: a failed report or input, a disagreement, a failed
   * cross-check.
   */
  public boolean hasProblems() {
    return !failures.isEmpty()
        || !errors.isEmpty()
        || reconciliation.disagrees() > 0
        || reconciliation.findingsFailed() > 0;
  }
}
