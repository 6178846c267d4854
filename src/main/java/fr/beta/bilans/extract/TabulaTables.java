package fr.beta.bilans.extract;

import fr.beta.bilans.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.extractors.BasicExtractionAlgorithm;

/**
 * Reads the tables of the regions found by {@link TableLocator} with Tabula's stream algorithm, its
 * columns fixed at the located separators, then joins the text lines of each row: in these decks a
 * row label runs over several lines and its values sit on only one of them.
 */
@SuppressWarnings("rawtypes") // Tabula's API hands out raw RectangularTextContainer lists
final class TabulaTables {

  private final ObjectExtractor extractor;

  /**
   * Tabula's extractor over {@code document}; never closed here, as closing it closes the document.
   */
  TabulaTables(PDDocument document) {
    this.extractor = new ObjectExtractor(document);
  }

  List<Table> read(int pageNumber, List<TableRegion> regions) {
    if (regions.isEmpty()) {
      return List.of();
    }
    Page page = extractor.extract(pageNumber);
    List<Table> tables = new ArrayList<>();
    for (TableRegion region : regions) {
      Box b = region.body();
      Page area = page.getArea((float) b.y(), (float) b.x(), (float) b.bottom(), (float) b.right());
      List<Float> separators = region.columnSeparators().stream().map(Double::floatValue).toList();
      for (technology.tabula.Table raw : new BasicExtractionAlgorithm().extract(area, separators)) {
        List<Table.TableRow> rows = joinRows(raw.getRows(), region.columnHeaders().size());
        if (!rows.isEmpty()) {
          tables.add(new Table(b.rounded(), region.columnHeaders(), rows, "tabula-stream"));
        }
      }
    }
    return tables;
  }

  private static List<Table.TableRow> joinRows(
      List<List<RectangularTextContainer>> rawRows, int columns) {
    List<TableRows.Line> lines = new ArrayList<>();
    for (List<RectangularTextContainer> raw : rawRows) {
      if (raw.isEmpty()) {
        continue;
      }
      String label = text(raw.get(0));
      List<Table.TableCell> values = new ArrayList<>();
      Box box = null;
      for (int i = 0; i < raw.size(); i++) {
        RectangularTextContainer cell = raw.get(i);
        String text = text(cell);
        Box cellBox = text.isEmpty() ? new Box(0, 0, 0, 0) : boxOf(cell);
        if (!text.isEmpty()) {
          box = box == null ? cellBox : box.union(cellBox);
        }
        if (i > 0) {
          values.add(new Table.TableCell(text, cellBox.rounded()));
        }
      }
      while (values.size() < columns) {
        values.add(new Table.TableCell("", new Box(0, 0, 0, 0)));
      }
      if (box != null) {
        lines.add(new TableRows.Line(label, values.subList(0, columns), box));
      }
    }
    return TableRows.join(lines);
  }

  private static String text(RectangularTextContainer cell) {
    return TextNormalizer.normalize(cell.getText()).replaceAll("\\s+", " ").strip();
  }

  private static Box boxOf(RectangularTextContainer cell) {
    return new Box(
        cell.getLeft(), cell.getTop(), Math.max(0, cell.getWidth()), Math.max(0, cell.getHeight()));
  }
}
