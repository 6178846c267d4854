package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import java.util.List;

/** What acquisition gave: the reports and summaries to read, and what could not be had. */
record Inputs(
    List<Acquired> reports,
    List<Acquired> summaries,
    List<ReportOutcome.Failed> failures,
    List<String> errors,
    List<String> skipped) {

  Inputs {
    reports = List.copyOf(reports);
    summaries = List.copyOf(summaries);
    failures = List.copyOf(failures);
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
  }
}
