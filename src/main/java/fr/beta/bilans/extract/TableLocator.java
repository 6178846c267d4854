package fr.beta.bilans.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the places of a page that look like tables of figures, so that Tabula runs there and
 * nowhere else: at least two rows that each hold two or more short value cells ("10", "47%",
 * "N/A"), the value cells of the rows standing in the same columns.
 *
 * <p>Ruled boxes alone do not make a table here: slide decks draw boxes around everything.
 */
final class TableLocator {

  private static final Pattern VALUE_CELL =
      Pattern.compile(
          "(?:[<>~+]\\s?)?-?\\d{1,3}(?:[ .]\\d{3})*(?:,\\d+)?\\s?%?|ND|N/?A|n\\.?d\\.?|/|-|—");

  /** How far (in points) a value's centre may stray from its column's centre. */
  private static final double COLUMN_TOLERANCE = 22;

  /** How far above the first row (in ems) the column headers may stand. */
  private static final double HEADER_REACH = 7;

  List<TableRegion> locate(List<TextLine> lines, double pageWidth) {
    List<List<TextLine>> rows = valueRows(lines);
    List<TableRegion> regions = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      int end = start + 1;
      List<Double> columns = columnCentres(rows.get(start));
      while (end < rows.size()
          && aligned(rows.get(end), columns)
          && gapBetween(rows.get(end - 1), rows.get(end)) < 6 * em(rows.get(end))) {
        end++;
      }
      if (end - start >= 2) {
        regions.add(region(lines, rows.subList(start, end), columns, pageWidth));
      }
      start = end;
    }
    return regions;
  }

  static boolean isValueCell(String text) {
    return VALUE_CELL.matcher(text.strip()).matches();
  }

  /** Rows of the page (lines sharing a band of height) with two or more value cells, top down. */
  private static List<List<TextLine>> valueRows(List<TextLine> lines) {
    List<TextLine> values =
        lines.stream()
            .filter(l -> isValueCell(l.text()))
            .sorted(Comparator.comparingDouble(l -> l.box().centerY()))
            .toList();
    List<List<TextLine>> rows = new ArrayList<>();
    for (TextLine value : values) {
      List<TextLine> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null
          && Math.abs(row.get(0).box().centerY() - value.box().centerY())
              <= 0.5 * Math.max(row.get(0).box().height(), value.box().height())) {
        row.add(value);
      } else {
        List<TextLine> fresh = new ArrayList<>();
        fresh.add(value);
        rows.add(fresh);
      }
    }
    rows.removeIf(r -> r.size() < 2);
    rows.forEach(r -> r.sort(Comparator.comparingDouble(l -> l.box().x())));
    return rows;
  }

  private static List<Double> columnCentres(List<TextLine> row) {
    return row.stream().map(l -> l.box().centerX()).toList();
  }

  private static boolean aligned(List<TextLine> row, List<Double> columns) {
    if (row.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < row.size(); i++) {
      if (Math.abs(row.get(i).box().centerX() - columns.get(i)) > COLUMN_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  private static double gapBetween(List<TextLine> upper, List<TextLine> lower) {
    return lower.get(0).box().y() - upper.get(0).box().bottom();
  }

  private static double em(List<TextLine> row) {
    return row.stream().mapToDouble(TextLine::fontSize).max().orElse(10);
  }

  private TableRegion region(
      List<TextLine> lines, List<List<TextLine>> rows, List<Double> columns, double pageWidth) {
    List<TextLine> first = rows.get(0);
    List<TextLine> last = rows.get(rows.size() - 1);
    double rowsTop = first.stream().mapToDouble(l -> l.box().y()).min().orElseThrow();
    double rowsBottom = last.stream().mapToDouble(l -> l.box().bottom()).max().orElseThrow();
    double firstColumnLeft = rows.stream().mapToDouble(r -> r.get(0).box().x()).min().orElseThrow();
    double em = em(first);

    List<List<String>> headerParts = new ArrayList<>();
    columns.forEach(c -> headerParts.add(new ArrayList<>()));
    double headerBottom = Double.NaN;
    List<TextLine> above =
        lines.stream()
            // A header ends within reach of the first row; its first line may start above it.
            .filter(
                l -> l.box().bottom() <= rowsTop && l.box().bottom() >= rowsTop - HEADER_REACH * em)
            .sorted(Comparator.comparingDouble(l -> l.box().y()))
            .toList();
    // Word by word: two headers may sit close enough to be read as one line ("Moyenne Décembre").
    for (TextLine line : above) {
      for (Word word : line.words()) {
        int column = nearestColumn(word.box(), columns);
        if (column >= 0) {
          headerParts.get(column).add(word.text());
          headerBottom =
              Double.isNaN(headerBottom)
                  ? line.box().bottom()
                  : Math.max(headerBottom, line.box().bottom());
        }
      }
    }
    // The body starts under the headers: label lines between headers and first row belong to it.
    double top = Double.isNaN(headerBottom) ? rowsTop - 2 * em : headerBottom + 0.5;
    double labelLeft =
        lines.stream()
            .filter(l -> l.box().y() >= top && l.box().bottom() <= rowsBottom + 1.5 * em)
            .mapToDouble(l -> l.box().x())
            .min()
            .orElse(0);
    double left = Math.max(0, labelLeft - 2);
    double right = Math.min(pageWidth, columns.get(columns.size() - 1) + 3 * COLUMN_TOLERANCE);
    double bottom = rowsBottom + 1.5 * em;

    List<Double> separators = new ArrayList<>();
    separators.add(firstColumnLeft - 4);
    for (int i = 1; i < columns.size(); i++) {
      separators.add((columns.get(i - 1) + columns.get(i)) / 2);
    }
    List<String> headers = headerParts.stream().map(p -> String.join(" ", p)).toList();
    return new TableRegion(new Box(left, top, right - left, bottom - top), separators, headers);
  }

  private static int nearestColumn(Box box, List<Double> columns) {
    int best = -1;
    double bestDistance = COLUMN_TOLERANCE * 2;
    for (int i = 0; i < columns.size(); i++) {
      double distance = Math.abs(box.centerX() - columns.get(i));
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }
}
