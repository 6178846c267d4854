package fr.beta.bilans.pipeline;

import java.util.List;

/**
 * No report of the run could be read: the run published nothing, so that the last complete outputs
 * stay, and recorded the attempt in {@code failed-run.json} beside them.
 */
public final class NothingReadException extends Exception {

  private final transient List<ReportOutcome.Failed> failures;

  NothingReadException(List<ReportOutcome.Failed> failures) {
    super(
        "no report could be read ("
            + failures.size()
            + " failed): nothing was published, the last complete outputs stay; the attempt is"
            + " recorded in failed-run.json");
    this.failures = List.copyOf(failures);
  }

  public List<ReportOutcome.Failed> failures() {
    return failures;
  }
}
