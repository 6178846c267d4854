package fr.beta.bilans.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.extract.Chart;
import fr.beta.bilans.extract.DocumentMetadata;
import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.HiddenText;
import fr.beta.bilans.extract.Table;
import fr.beta.bilans.extract.TextBlock;
import fr.beta.bilans.extract.TextLine;
import fr.beta.bilans.figures.Mention;
import java.util.List;

/** {@code reports/<year>/document.json}: the full extraction of one report. */
public final class DocumentJson {

  public static final String SCHEMA = "bilans/document/1";

  private DocumentJson() {}

  /**
   * {@code locale}: the language whose number grammar read the mentions ({@code fr}, {@code en}).
   */
  public static ObjectNode of(
      ExtractedReport report, int year, String yearSource, List<Mention> mentions, String locale) {
    ObjectNode root = Json.object();
    root.put("schema", SCHEMA);
    root.put("report", report.file());
    root.put("sha256", report.sha256());
    root.put("report_year", year);
    root.put("report_year_source", yearSource);
    root.put("locale", locale);
    root.set("metadata", metadata(report.metadata()));
    root.put("page_count", report.pageCount());
    ArrayNode pages = root.putArray("pages");
    for (ExtractedPage page : report.pages()) {
      pages.add(page(page));
    }
    ArrayNode numbers = root.putArray("mentions");
    for (Mention m : mentions) {
      ObjectNode n = numbers.addObject();
      n.put("value", m.number().value());
      n.put("precision", m.number().halfInterval());
      Json.putOptional(n, "unit", m.number().unitShown().map(u -> u.id()));
      Json.putOptional(n, "qualifier", m.qualifier().map(q -> q.id()));
      n.put("printed", m.number().text());
      n.put("page", m.page());
      n.put("period", m.period().iso());
      n.set("bbox", Json.box(m.box()));
      n.put("method", m.method().id());
      n.put("label", m.label());
      n.put("clause", m.context().own());
      Json.putOptional(n, "metric", m.metric().map(id -> id.id()));
      n.put("locale", locale);
    }
    return root;
  }

  private static ObjectNode metadata(DocumentMetadata m) {
    ObjectNode node = Json.object();
    node.put("media_type", m.mediaType());
    Json.putOptional(node, "title", m.title());
    Json.putOptional(node, "author", m.author());
    Json.putOptional(node, "creator", m.creator());
    Json.putOptional(node, "producer", m.producer());
    Json.putOptional(node, "created", m.created());
    node.put("pdf_version", m.pdfVersion());
    node.put("encrypted", m.encrypted());
    Json.putOptional(node, "repair", m.repair());
    return node;
  }

  private static ObjectNode page(ExtractedPage page) {
    ObjectNode node = Json.object();
    node.put("number", page.number());
    node.put("width", page.width());
    node.put("height", page.height());
    ArrayNode blocks = node.putArray("blocks");
    for (TextBlock block : page.blocks()) {
      ObjectNode b = blocks.addObject();
      b.set("bbox", Json.box(block.box()));
      b.put("text", block.text());
      if (!block.original().equals(block.text())) {
        b.put("original", block.original());
      }
      if (block.fromOcr()) {
        b.put("origin", "ocr");
        b.put("confidence", Math.round(block.confidence()));
      }
      ArrayNode lines = b.putArray("lines");
      for (TextLine line : block.lines()) {
        ObjectNode l = lines.addObject();
        l.set("bbox", Json.box(line.box()));
        l.put("text", line.text());
        l.put("font_size", Math.round(line.fontSize() * 10) / 10.0);
      }
    }
    ArrayNode charts = node.putArray("charts");
    for (Chart chart : page.charts()) {
      ObjectNode c = charts.addObject();
      c.set("bbox", Json.box(chart.box()));
      ArrayNode points = c.putArray("points");
      for (Chart.Point point : chart.points()) {
        points
            .addObject()
            .put("year", point.year())
            .put("printed", point.printed())
            .put("confidence", Math.round(point.confidence()))
            .set("bbox", Json.box(point.box()));
      }
    }
    ArrayNode tables = node.putArray("tables");
    for (Table table : page.tables()) {
      ObjectNode t = tables.addObject();
      t.set("bbox", Json.box(table.box()));
      t.put("method", table.method());
      ArrayNode headers = t.putArray("column_headers");
      table.columnHeaders().forEach(headers::add);
      ArrayNode rows = t.putArray("rows");
      for (Table.TableRow row : table.rows()) {
        ObjectNode r = rows.addObject();
        r.set("bbox", Json.box(row.box()));
        r.put("label", row.label());
        ArrayNode cells = r.putArray("cells");
        row.cells().forEach(c -> cells.add(c.text()));
      }
    }
    ArrayNode hidden = node.putArray("hidden_text");
    for (HiddenText h : page.hiddenText()) {
      ObjectNode n = hidden.addObject();
      n.set("bbox", Json.box(h.box()));
      n.put("text", h.text());
      n.put("reason", h.reason());
    }
    return node;
  }
}
