package fr.beta.bilans.reconcile;

import fr.beta.bilans.summaries.Claim;
import java.util.List;
import java.util.Optional;

/**
 * A claim checked against the report of its year: the status, the place of the report that decided
 * it (when there is one), every place of the report considered, and the reason in words.
 */
public record ClaimCheck(
    Claim claim,
    ClaimStatus status,
    Optional<Evidence> evidence,
    List<Evidence> considered,
    String explanation) {

  public ClaimCheck {
    considered = List.copyOf(considered);
  }
}
