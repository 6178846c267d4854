package fr.beta.bilans.reconcile;

import java.util.Locale;

/** What the report says of a claim of a summary. */
public enum ClaimStatus {
  AGREES,
  DISAGREES,
  NOT_IN_REPORT,
  AMBIGUOUS,
  /** The run has no report of the claim's year to check it against. */
  NO_REPORT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
