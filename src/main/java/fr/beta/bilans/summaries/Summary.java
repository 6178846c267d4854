package fr.beta.bilans.summaries;

import java.util.List;

/** A published summary page, split into its year sections. */
public record Summary(String file, List<Section> sections) {

  public Summary {
    sections = List.copyOf(sections);
  }

  /** The part of the page under a heading that names a year ("## Bilan 2024"). */
  public record Section(int year, String heading, List<String> paragraphs) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
