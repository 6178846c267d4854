package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Figure;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code figures.csv}: one row per unique (report, metric, period, kind, value), with the pages
 * where it stands, for programs and analysts' spreadsheets. UTF-8, comma-separated, RFC 4180
 * quoting, '.' decimals; the columns added since the first version (label, precision, method,
 * currency) come last, so that a reader of the first ones is not disturbed.
 */
public final class FiguresCsv {

  static final String[] HEADER = {
    "report",
    "report_year",
    "metric",
    "period",
    "kind",
    "value",
    "unit",
    "qualifier",
    "pages",
    "conflict",
    "label",
    "precision",
    "method",
    "currency"
  };

  private FiguresCsv() {}

  public static void write(
      Path file,
      List<Figure> figures,
      Set<Figure> conflicts,
      java.util.function.Function<Figure, String> label)
      throws IOException {
    List<Row> rows = rows(figures);
    AtomicFiles.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          try (CSVPrinter csv =
              new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (Row row : rows) {
              Figure f = row.figure();
              csv.printRecord(
                  f.provenance().report(),
                  f.reportYear(),
                  f.metric().id(),
                  f.period().iso(),
                  f.kind().id(),
                  f.value().toPlainString(),
                  f.unit().id(),
                  f.qualifier().map(q -> q.id()).orElse(""),
                  row.pageList(),
                  conflicts.contains(f),
                  label.apply(f),
                  f.halfInterval().toPlainString(),
                  f.provenance().method().id(),
                  f.currency().orElse(""));
            }
            csv.flush();
          }
        });
  }

  /** A unique (report, metric, period, kind, value) and the pages where it stands. */
  record Row(Figure figure, TreeSet<Integer> pages) {
    String pageList() {
      return String.join(";", pages.stream().map(String::valueOf).toList());
    }
  }

  static List<Row> rows(List<Figure> figures) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Figure f : figures) {
      String key = f.provenance().report() + "|" + f.key() + "|" + f.value().toPlainString();
      rows.computeIfAbsent(key, k -> new Row(f, new TreeSet<>()))
          .pages()
          .add(f.provenance().page());
    }
    return List.copyOf(rows.values());
  }
}
