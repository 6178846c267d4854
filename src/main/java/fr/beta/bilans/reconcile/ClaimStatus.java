package fr.beta.bilans.reconcile;

import java.util.Locale;

/** What the report says of a claim of a summary. */
public enum ClaimStatus {
  AGREES,
  DISAGREES,
  NOT_IN_REPORT,
  AMBIGUOUS,
  /** The catalog cannot tell which metric the number is: reported, never forced into a metric. */
  UNMAPPED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
