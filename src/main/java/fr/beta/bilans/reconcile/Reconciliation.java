package fr.beta.bilans.reconcile;

import java.util.List;

/** The claims of the summaries checked against the reports, and the reports against each other. */
public record Reconciliation(List<ClaimCheck> claims, List<Finding> findings) {

  public Reconciliation {
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
  }

  public long count(ClaimStatus status) {
    return claims.stream().filter(c -> c.status() == status).count();
  }

  public long findings(boolean passed) {
    return findings.stream().filter(f -> f.passed() == passed).count();
  }
}
