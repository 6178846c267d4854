package fr.beta.bilans.summaries;

import java.util.List;
import java.util.Optional;

/**
 * A published rendering of reports (a summary page, a transcription), split into year sections, and
 * how its year(s) were told: by its year headings ("## Bilan 2024"), or for a page about one year
 * by its front matter, permalink or first heading.
 */
public record Summary(String file, List<Section> sections, String yearsToldBy) {

  public Summary {
    sections = List.copyOf(sections);
  }

  /** The part of the page under a heading that names a year, or the whole page of one year. */
  public record Section(int year, String heading, List<Passage> passages) {
    public Section {
      passages = List.copyOf(passages);
    }
  }

  /**
   * A piece of text that may state numbers: a paragraph or list item (with the words that introduce
   * its list, if any), or a table cell (with its row label and column header). {@code headings} are
   * the sub-headings above it (they may date it: "En janvier 2024"); {@code picture} says that it
   * describes a picture (a chart's transcription).
   */
  public record Passage(
      String text, String introduction, String headings, Optional<Cell> cell, boolean picture) {

    public static Passage text(String text) {
      return new Passage(text, "", "", Optional.empty(), false);
    }
  }

  /** Where a table cell stands: its row's label and its column's header. */
  public record Cell(String rowLabel, String columnHeader) {}
}
