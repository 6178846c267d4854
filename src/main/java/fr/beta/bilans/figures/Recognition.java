package fr.beta.bilans.figures;

import java.util.List;

/**
 * A metric recognized for a number: its score, the catalog terms that were found (the explanation),
 * the aspect of the clause and whether the clause states an objective rather than a result.
 */
public record Recognition(
    MetricDefinition metric, double score, List<String> terms, Aspect aspect, Kind kind) {

  public Recognition {
    terms = List.copyOf(terms);
  }
}
