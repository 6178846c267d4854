package fr.beta.bilans.figures;

import java.util.List;

/**
 * A metric recognized for a number: its score, the part of it that its name gave (3 when the name
 * follows the number, 2 elsewhere in its clause, 1 in an earlier clause), whether the concept's
 * groups were all met in the number's own clause, the catalog terms that were found (the
 * explanation), the aspect of the clause and whether the clause states an objective rather than a
 * result.
 */
public record Recognition(
    MetricDefinition metric,
    double score,
    double nameScore,
    boolean ownGroups,
    List<String> terms,
    Aspect aspect,
    Kind kind) {

  public Recognition {
    terms = List.copyOf(terms);
  }
}
