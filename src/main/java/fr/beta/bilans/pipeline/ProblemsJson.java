package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.reconcile.Acknowledgement;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a run in its record: {@code problems} (open), {@code acknowledged}, {@code
 * new_since_last_run} and {@code stale_acknowledgements}; and back, for the next run to tell what
 * is new.
 */
final class ProblemsJson {

  private ProblemsJson() {}

  static void put(
      ObjectNode run, RunResult result, Acknowledgements acks, List<Acknowledgement> stale) {
    ArrayNode open = run.putArray("problems");
    result.problems().forEach(p -> put(open.addObject(), p));
    ArrayNode known = run.putArray("acknowledged");
    for (Problem p : result.acknowledged()) {
      ObjectNode node = known.addObject();
      put(node, p);
      acks.of(p)
          .ifPresent(
              a -> node.put("reason", a.reason()).put("by", a.by()).put("on", a.on().toString()));
    }
    ArrayNode fresh = run.putArray("new_since_last_run");
    result.newSinceLastRun().forEach(p -> put(fresh.addObject(), p));
    ArrayNode unused = run.putArray("stale_acknowledgements");
    for (Acknowledgement a : stale) {
      ObjectNode node = unused.addObject().put("id", a.problem());
      ArrayNode values = node.putArray("values");
      a.values().forEach(values::add);
    }
  }

  private static void put(ObjectNode node, Problem p) {
    node.put("id", p.id());
    ArrayNode values = node.putArray("values");
    p.values().forEach(values::add);
    node.put("text", p.text());
  }

  /** The problems of an array of the record; entries of another shape are left out. */
  static List<Problem> read(JsonNode array) {
    List<Problem> problems = new ArrayList<>();
    for (JsonNode node : array) {
      if (node.isObject() && node.path("id").isTextual()) {
        List<BigDecimal> values = new ArrayList<>();
        node.path("values").forEach(v -> values.add(v.decimalValue()));
        problems.add(new Problem(node.path("id").asText(), values, node.path("text").asText()));
      }
    }
    return problems;
  }
}
