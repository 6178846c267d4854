package fr.beta.bilans.figures;

import java.util.Locale;

/** How a figure was read from the page. */
public enum Method {
  /** A number standing alone, its label in its own block or beside it. */
  CALLOUT,
  /** A number inside running text. */
  SENTENCE,
  /** A cell of a table, its row label and column header giving metric, period and kind. */
  TABLE,
  /** A value label of a chart drawn in an image, read by OCR, its year from the chart's axis. */
  CHART;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
