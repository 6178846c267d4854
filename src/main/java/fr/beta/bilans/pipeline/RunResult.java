package fr.beta.bilans.pipeline;

import fr.beta.bilans.reconcile.Problem;
import java.util.List;

/** The outcome of a whole run, for the CLI to report and turn into an exit code. */
public record RunResult(
    int processed,
    List<ReportOutcome.Failed> failures,
    List<String> errors,
    List<Problem> problems,
    List<Problem> acknowledged,
    List<Problem> newSinceLastRun,
    List<String> skipped,
    List<String> warnings,
    int figures,
    ReconciliationSummary reconciliation,
    long millis,
    boolean reusedPrevious) {

  public RunResult {
    failures = List.copyOf(failures);
    errors = List.copyOf(errors);
    problems = List.copyOf(problems);
    acknowledged = List.copyOf(acknowledged);
    newSinceLastRun = List.copyOf(newSinceLastRun);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
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
   * Whether anything needs a person: a failed report or input, a disagreement or a failed
   * cross-check that is not acknowledged.
   */
  public boolean hasProblems() {
    return status() != Status.CLEAN;
  }

  /** The run's overall state, as the run record and the exit code tell it. */
  public enum Status {
    /** Everything read and reconciled. */
    CLEAN,
    /** Everything read; a claim disagrees or a cross-check failed, and nobody acknowledged it. */
    DISAGREEMENTS,
    /** A report or an input could not be read. */
    FAILURES;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Status status() {
    if (!failures.isEmpty() || !errors.isEmpty()) {
      return Status.FAILURES;
    }
    return problems.isEmpty() ? Status.CLEAN : Status.DISAGREEMENTS;
  }

  /** 0 for a clean run, 1 for a run done with problems (the README's exit codes). */
  public int exitCode() {
    return hasProblems() ? 1 : 0;
  }
}
