package fr.beta.bilans.reconcile;

import fr.beta.bilans.summaries.Claim;

/** Decides what the report of a claim's year says of it. */
public interface ClaimResolver {

  /** The check of {@code claim} against {@code report}, the figures and numbers of its year. */
  ClaimCheck resolve(Claim claim, ReportEvidence report);
}
