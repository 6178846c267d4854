package fr.beta.bilans.pipeline;

import java.util.List;

/** The outcome of a whole run, for the CLI to report and turn into an exit code. */
public record RunResult(List<ReportOutcome> reports, List<String> inputErrors, int figures,
    ReconciliationSummary reconciliation, long millis) {

  public RunResult {
    reports = List.copyOf(reports);
    inputErrors = List.copyOf(inputErrors);
  }

  /** Counts of the reconciliation, for the closing line and the exit code. */
  public record ReconciliationSummary(int agrees, int disagrees, int notInReport, int ambiguous,
      int unmapped, int findingsPassed, int findingsFailed) {}

  public long failedReports() {
    return reports.stream().filter(r -> r instanceof ReportOutcome.Failed).count();
  }

  /** Whether anything needs a person: a failed report or input, a disagreement, a failed finding. */
  public boolean hasProblems() {
    return failedReports() > 0 || !inputErrors.isEmpty() || reconciliation.disagrees() > 0
        || reconciliation.findingsFailed() > 0;
  }
}
