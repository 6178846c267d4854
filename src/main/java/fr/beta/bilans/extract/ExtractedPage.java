package fr.beta.bilans.extract;

import java.util.List;

/**
 * One page of a report: its size, its visible text as blocks in reading order, its tables, and the
 * text of its text layer that does not show on the page.
 */
public record ExtractedPage(
    int number,
    double width,
    double height,
    List<TextBlock> blocks,
    List<Table> tables,
    List<HiddenText> hiddenText,
    List<Chart> charts) {

  public ExtractedPage {
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
    blocks = List.copyOf(blocks);
    tables = List.copyOf(tables);
    hiddenText = List.copyOf(hiddenText);
    charts = List.copyOf(charts);
  }
}
