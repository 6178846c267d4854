package fr.beta.bilans.summaries;

import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.NumberContext;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Qualifier;
import java.util.List;
import java.util.Optional;

/**
 * A number stated in a year's section of a summary. {@code metric} is empty when the catalog cannot
 * tell what the number counts: the claim is still checked, by its evidence in the report. {@code
 * context} holds the words around the number; {@code terms} the concept terms that named its metric
 * (none when a catalog pattern did); {@code firm} that a pattern, a table row or the words of its
 * own clause (the name and every group of the concept) name the metric, so that another value of it
 * in the report is a disagreement; {@code picture} that the page states it describing a picture.
 */
public record Claim(
    String summary,
    int sectionYear,
    String text,
    Optional<MetricDefinition> metric,
    Period period,
    Kind kind,
    FrenchNumber number,
    Optional<Qualifier> qualifier,
    NumberContext context,
    List<String> terms,
    boolean firm,
    boolean picture) {

  public Claim {
    terms = List.copyOf(terms);
  }
}
