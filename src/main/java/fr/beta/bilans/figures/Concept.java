package fr.beta.bilans.figures;

import java.util.List;

/**
 * What a metric counts, described by words rather than by sentences: the terms that name what is
 * counted ({@code names}, one is enough), groups of terms of which one must come with them ({@code
 * with}: "nouveaux" or "embarqués" for the new agents of a year), and terms that rule the metric
 * out when the number's own clause has them ({@code without}: "certifiés" for new agents). Each
 * term is a phrase already analyzed into stems.
 */
public record Concept(List<Phrase> names, List<List<Phrase>> with, List<Phrase> without) {

  public Concept {
    names = List.copyOf(names);
    with = with.stream().map(List::copyOf).toList();
    without = List.copyOf(without);
  }

  /** A term of one or more words: its text as written in the catalog and its analyzed stems. */
  public record Phrase(String text, List<String> stems) {
    public Phrase {
      stems = List.copyOf(stems);
      if (stems.isEmpty()) {
        throw new IllegalArgumentException("'" + text + "' has no word that says anything");
      }
    }
  }
}
