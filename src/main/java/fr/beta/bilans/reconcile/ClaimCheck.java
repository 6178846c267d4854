package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.summaries.Claim;
import java.util.List;
import java.util.Optional;

/**
 * A claim checked against the report of its year: the status, the report's figure that decided it
 * (when there is one), every figure of the report considered, and the reason in words.
 */
public record ClaimCheck(
    Claim claim,
    ClaimStatus status,
    Optional<Figure> reportFigure,
    List<Figure> considered,
    String explanation) {

  public ClaimCheck {
    considered = List.copyOf(considered);
  }
}
