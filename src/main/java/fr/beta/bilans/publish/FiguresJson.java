package fr.beta.bilans.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.figures.Figure;
import java.util.List;
import java.util.Set;

/** {@code figures.json}: every key figure found, one entry per place it was read. */
public final class FiguresJson {

  public static final String SCHEMA = "bilans/figures/1";

  private FiguresJson() {}

  /** The figures, in the order given, with {@code conflicts} those another figure contradicts. */
  public static ObjectNode of(List<Figure> figures, Set<Figure> conflicts) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    ArrayNode array = root.putArray("figures");
    for (Figure f : figures) {
      ObjectNode node = array.addObject();
      node.put("report", f.provenance().report());
      node.put("report_year", f.reportYear());
      node.put("metric", f.metric().id());
      node.put("period", f.period().iso());
      node.put("kind", f.kind().id());
      node.put("value", f.value());
      node.put("precision", f.halfInterval());
      node.put("unit", f.unit().id());
      Json.putOptional(node, "currency", f.currency());
      Json.putOptional(node, "qualifier", f.qualifier().map(q -> q.id()));
      node.put("page", f.provenance().page());
      node.set("bbox", Json.box(f.provenance().bbox()));
      node.put("text", f.provenance().text());
      node.put("method", f.provenance().method().id());
      node.put("conflict", conflicts.contains(f));
      ArrayNode terms = node.putArray("terms");
      f.terms().forEach(terms::add);
      node.put("score", f.score());
    }
    return root;
  }
}
