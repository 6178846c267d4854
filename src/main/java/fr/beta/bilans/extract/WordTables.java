package fr.beta.bilans.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the tables of the regions found by {@link TableLocator} over lines that no text layer holds
 * (the words OCR read in a picture: a scanned page, a table pasted as an image), where Tabula has
 * nothing to read. The lines of a region are banded by height, and each falls in the column its
 * centre stands in, between the located separators: the first column is the row's label.
 */
final class WordTables {

  /** Two lines whose centres are closer than this share of their height stand in one band. */
  private static final double SAME_BAND = 0.5;

  private WordTables() {}

  static List<Table> read(List<TableRegion> regions, List<TextLine> lines) {
    List<Table> tables = new ArrayList<>();
    for (TableRegion region : regions) {
      Box body = region.body();
      List<TextLine> inside =
          lines.stream()
              .filter(l -> body.contains(l.box().centerX(), l.box().centerY()))
              .sorted(Comparator.comparingDouble(l -> l.box().centerY()))
              .toList();
      List<TableRows.Line> rows = new ArrayList<>();
      for (List<TextLine> band : bands(inside)) {
        rows.add(line(band, region));
      }
      List<Table.TableRow> joined = TableRows.join(rows);
      if (!joined.isEmpty()) {
        tables.add(new Table(body.rounded(), region.columnHeaders(), joined, "ocr"));
      }
    }
    return tables;
  }

  private static List<List<TextLine>> bands(List<TextLine> lines) {
    List<List<TextLine>> bands = new ArrayList<>();
    for (TextLine line : lines) {
      List<TextLine> band = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (band != null
          && Math.abs(band.get(0).box().centerY() - line.box().centerY())
              <= SAME_BAND * Math.max(band.get(0).box().height(), line.box().height())) {
        band.add(line);
      } else {
        bands.add(new ArrayList<>(List.of(line)));
      }
    }
    return bands;
  }

  /** A band's lines set in their columns: the label, then one cell per value column. */
  private static TableRows.Line line(List<TextLine> band, TableRegion region) {
    List<Double> separators = region.columnSeparators();
    List<List<TextLine>> cells = new ArrayList<>();
    for (int i = 0; i <= separators.size(); i++) {
      cells.add(new ArrayList<>());
    }
    Box box = null;
    for (TextLine line :
        band.stream().sorted(Comparator.comparingDouble(l -> l.box().x())).toList()) {
      int column = (int) separators.stream().filter(x -> x < line.box().centerX()).count();
      cells.get(column).add(line);
      box = box == null ? line.box() : box.union(line.box());
    }
    String label = String.join(" ", cells.get(0).stream().map(TextLine::text).toList());
    List<Table.TableCell> values = new ArrayList<>();
    for (int i = 1; i <= region.columnHeaders().size(); i++) {
      List<TextLine> cell = i < cells.size() ? cells.get(i) : List.of();
      values.add(
          cell.isEmpty()
              ? new Table.TableCell("", new Box(0, 0, 0, 0))
              : new Table.TableCell(
                  String.join(" ", cell.stream().map(TextLine::text).toList()),
                  cell.stream().map(TextLine::box).reduce(Box::union).orElseThrow().rounded()));
    }
    return new TableRows.Line(label, values, box.rounded());
  }
}
