package fr.beta.bilans.summaries;

import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Qualifier;
import java.util.Optional;

/**
 * A number stated in a year's section of a summary. {@code metric} is empty when the catalog cannot
 * tell what the number counts (an unmapped claim, reported as such, never forced).
 */
public record Claim(
    String summary,
    int sectionYear,
    String text,
    Optional<MetricDefinition> metric,
    Period period,
    FrenchNumber number,
    Optional<Qualifier> qualifier) {}
