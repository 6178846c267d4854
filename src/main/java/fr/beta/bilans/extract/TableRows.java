package fr.beta.bilans.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows of a table from its text lines, however they were read (Tabula over the text layer, or
 * the words OCR found in a picture): in these decks a row label runs over several lines and its
 * values sit on only one of them, so each line without values joins the row of the nearest line
 * with values.
 */
final class TableRows {

  private TableRows() {}

  /** One line of a table: its label text, its value cells, and its vertical place. */
  record Line(String label, List<Table.TableCell> values, Box box) {
    boolean hasValues() {
      return values.stream().anyMatch(c -> !c.text().isEmpty());
    }
  }

  static List<Table.TableRow> join(List<Line> lines) {
    List<Line> anchors = lines.stream().filter(Line::hasValues).toList();
    if (anchors.isEmpty()) {
      return List.of();
    }
    List<List<Line>> groups = new ArrayList<>();
    anchors.forEach(a -> groups.add(new ArrayList<>(List.of(a))));
    for (Line line : lines) {
      if (line.hasValues() || line.label().isEmpty()) {
        continue;
      }
      groups.get(nearestAnchor(line, anchors)).add(line);
    }
    List<Table.TableRow> rows = new ArrayList<>();
    for (List<Line> group : groups) {
      Line anchor = group.get(0);
      group.sort(Comparator.comparingDouble(l -> l.box().y()));
      String label =
          group.stream()
              .map(Line::label)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.joining(" "));
      Box box = group.stream().map(Line::box).reduce(Box::union).orElseThrow();
      rows.add(new Table.TableRow(label, anchor.values(), box.rounded()));
    }
    return rows;
  }

  /**
   * The anchor nearest to the line; at equal distance the one below, as labels start above their
   * values.
   */
  private static int nearestAnchor(Line line, List<Line> anchors) {
    int best = 0;
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i < anchors.size(); i++) {
      double distance = Math.abs(anchors.get(i).box().centerY() - line.box().centerY());
      if (distance < bestDistance - 0.5
          || (Math.abs(distance - bestDistance) <= 0.5
              && anchors.get(i).box().y() > line.box().y())) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }
}
