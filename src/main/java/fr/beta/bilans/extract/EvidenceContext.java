package fr.beta.bilans.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What an evidence picture must show around a number for a reader to know what it counts: the words
 * of its text block (a short block; else its line), or, for a table cell, its row label and its
 * column header.
 */
public final class EvidenceContext {

  /** A block taller than this (in points) is a paragraph: its line is context enough. */
  private static final double SHORT_BLOCK = 110;

  private EvidenceContext() {}

  /** The box to keep in view around {@code box} on page {@code page}; the box itself if none. */
  public static Box around(ExtractedReport report, int page, Box box) {
    if (page < 1 || page > report.pageCount()) {
      return box;
    }
    ExtractedPage p = report.pages().get(page - 1);
    for (Table table : p.tables()) {
      for (Table.TableRow row : table.rows()) {
        for (Table.TableCell cell : row.cells()) {
          if (cell.box() != null && same(cell.box(), box)) {
            // From the row's start (its label) to the cell, and up to the table's top (headers).
            List<Box> keep = new ArrayList<>(List.of(box));
            if (row.box() != null) {
              keep.add(
                  new Box(
                      row.box().x(),
                      row.box().y(),
                      box.right() - row.box().x(),
                      row.box().height()));
            }
            keep.add(
                new Box(box.x(), table.box().y(), box.width(), box.bottom() - table.box().y()));
            return Box.enclosing(keep);
          }
        }
      }
    }
    for (TextBlock block : p.blocks()) {
      if (block.box().contains(box.centerX(), box.centerY())) {
        if (block.box().height() <= SHORT_BLOCK) {
          return block.box().union(box);
        }
        for (TextLine line : block.lines()) {
          if (line.box().contains(box.centerX(), box.centerY())) {
            return line.box().union(box);
          }
        }
      }
    }
    return box;
  }

  private static boolean same(Box a, Box b) {
    return Math.abs(a.x() - b.x()) < 1.5
        && Math.abs(a.y() - b.y()) < 1.5
        && Math.abs(a.right() - b.right()) < 1.5
        && Math.abs(a.bottom() - b.bottom()) < 1.5;
  }
}
