package fr.beta.bilans.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Evidence;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Reconciliation;

/**
 * {@code reconciliation.json}: each claim of the summaries with its status, and each cross-check.
 */
public final class ReconciliationJson {

  public static final String SCHEMA = "bilans/reconciliation/1";

  private ReconciliationJson() {}

  public static ObjectNode of(Reconciliation reconciliation) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    ObjectNode counts = root.putObject("counts");
    for (ClaimStatus status : ClaimStatus.values()) {
      counts.put(status.id(), reconciliation.count(status));
    }
    counts.put("findings_passed", reconciliation.findings(true));
    counts.put("findings_failed", reconciliation.findings(false));
    ArrayNode claims = root.putArray("claims");
    for (ClaimCheck check : reconciliation.claims()) {
      ObjectNode c = claims.addObject();
      c.put("summary", check.claim().summary());
      c.put("section_year", check.claim().sectionYear());
      c.put("text", check.claim().text());
      Json.putOptional(c, "metric", check.claim().metric().map(m -> m.id().id()));
      c.put("period", check.claim().period().iso());
      c.put("value", check.claim().number().value());
      c.put("precision", check.claim().number().halfInterval());
      Json.putOptional(c, "qualifier", check.claim().qualifier().map(q -> q.id()));
      c.put("status", check.status().id());
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
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : reconciliation.findings()) {
      ObjectNode f = findings.addObject();
      f.put("check", finding.check().id());
      f.put("metric", finding.metric());
      f.put("period", finding.period());
      f.put("verdict", finding.verdict().id());
      f.put("rule", finding.rule());
      f.put("arithmetic", finding.arithmetic());
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
}
