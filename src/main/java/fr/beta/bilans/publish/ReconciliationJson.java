package fr.beta.bilans.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.reconcile.Acknowledgement;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Evidence;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Problem;
import fr.beta.bilans.reconcile.Reconciliation;
import java.util.Optional;

/**
 * {@code reconciliation.json}: each claim of the summaries with its status, and each cross-check.
 */
public final class ReconciliationJson {

  public static final String SCHEMA = "bilans/reconciliation/1";

  /** The status of a disagreement, and the verdict of a failed check, that an analyst accepted. */
  private static final String ACKNOWLEDGED = "acknowledged";

  private ReconciliationJson() {}

  public static ObjectNode of(Reconciliation reconciliation, Acknowledgements acknowledgements) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    ObjectNode counts = root.putObject("counts");
    for (ClaimStatus status : ClaimStatus.values()) {
      counts.put(status.id(), 0);
    }
    counts.put(ACKNOWLEDGED, 0);
    counts.put("findings_passed", reconciliation.findings(true));
    counts.put("findings_failed", 0);
    counts.put("findings_acknowledged", 0);
    ArrayNode claims = root.putArray("claims");
    for (ClaimCheck check : reconciliation.claims()) {
      ObjectNode c = claims.addObject();
      Optional<Problem> problem =
          check.status() == ClaimStatus.DISAGREES
              ? Optional.of(Problem.of(check))
              : Optional.empty();
      // An acknowledged disagreement is written as such, in the status and the counts.
      Optional<Acknowledgement> ack = acknowledgements.of(check);
      String status = ack.isPresent() ? ACKNOWLEDGED : check.status().id();
      counts.put(status, counts.path(status).asLong() + 1);
      c.put("summary", check.claim().summary());
      c.put("section_year", check.claim().sectionYear());
      c.put("text", check.claim().text());
      Json.putOptional(c, "metric", check.claim().metric().map(m -> m.id().id()));
      c.put("period", check.claim().period().iso());
      c.put("value", check.claim().number().value());
      c.put("precision", check.claim().number().halfInterval());
      Json.putOptional(c, "qualifier", check.claim().qualifier().map(q -> q.id()));
      c.put("status", status);
      c.put("kind", check.claim().kind().id());
      Json.putOptional(c, "unit", check.claim().number().unitShown().map(u -> u.id()));
      if (check.evidence().isPresent()) {
        Evidence f = check.evidence().get();
        c.put("report", f.provenance().report());
        c.put("report_value", f.value());
        c.put("report_page", f.provenance().page());
        Json.putOptional(c, "report_period", f.period().map(p -> p.iso()));
        c.set("report_bbox", Json.box(f.provenance().bbox()));
        c.put("report_text", f.provenance().text());
        c.put("report_method", f.provenance().method().id());
      } else {
        // Every documented field is there, null when the report offers nothing.
        c.putNull("report");
        c.putNull("report_value");
        c.putNull("report_page");
        c.putNull("report_period");
        c.putNull("report_bbox");
        c.putNull("report_text");
        c.putNull("report_method");
      }
      c.put("explanation", check.explanation());
      c.put("in_picture", check.claim().picture());
      putProblem(c, problem, ack);
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : reconciliation.findings()) {
      ObjectNode f = findings.addObject();
      Optional<Problem> problem =
          finding.passed() ? Optional.empty() : Optional.of(Problem.of(finding));
      Optional<Acknowledgement> ack = acknowledgements.of(finding);
      String verdict = ack.isPresent() ? ACKNOWLEDGED : finding.verdict().id();
      if (problem.isPresent()) {
        String key = verdict.equals(ACKNOWLEDGED) ? "findings_acknowledged" : "findings_failed";
        counts.put(key, counts.path(key).asLong() + 1);
      }
      f.put("check", finding.check().id());
      f.put("metric", finding.metric());
      f.put("period", finding.period());
      f.put("verdict", verdict);
      f.put("rule", finding.rule());
      f.put("arithmetic", finding.arithmetic());
      putProblem(f, problem, ack);
      ArrayNode figures = f.putArray("figures");
      for (Figure figure : finding.figures()) {
        figures
            .addObject()
            .put("report", figure.provenance().report())
            .put("report_year", figure.reportYear())
            .put("period", figure.period().iso())
            .put("kind", figure.kind().id())
            .put("value", figure.value())
            .put("page", figure.provenance().page())
            .put("text", figure.provenance().text())
            .set("bbox", Json.box(figure.provenance().bbox()));
      }
    }
    return root;
  }

  /**
   * The id of the problem a claim or check is (null when it is none) and the acknowledgement that
   * accepts it (null when none does), so that an analyst can copy the one to write the other.
   */
  private static void putProblem(
      ObjectNode node, Optional<Problem> problem, Optional<Acknowledgement> ack) {
    Json.putOptional(node, "problem", problem.map(Problem::id));
    if (ack.isPresent()) {
      node.putObject("acknowledged")
          .put("reason", ack.get().reason())
          .put("by", ack.get().by())
          .put("on", ack.get().on().toString());
    } else {
      node.putNull("acknowledged");
    }
  }
}
