package fr.beta.bilans.extract;

import java.util.List;

/**
 * A table read from a page: one header per value column (e.g. "Objectifs PLF 2024"), and rows whose
 * label is the text left of the value columns (all of its lines, which may lie above and below the
 * values) and whose cells are the values, one per column, empty when blank.
 */
public record Table(Box box, List<String> columnHeaders, List<TableRow> rows, String method) {

  public Table {
    columnHeaders = List.copyOf(columnHeaders);
    rows = List.copyOf(rows);
  }

  /** One row of a table: its label and one cell per value column. */
  public record TableRow(String label, List<TableCell> cells, Box box) {
    public TableRow {
      cells = List.copyOf(cells);
    }
  }

  /** One cell; {@code box} is empty when the cell holds no text. */
  public record TableCell(String text, Box box) {}
}
