package fr.beta.bilans.figures;

import java.util.Optional;

/** A number of a piece of text that a catalog pattern assigned to a metric. */
public record TextMatch(
    MetricDefinition metric,
    FrenchNumber number,
    Period period,
    Optional<Qualifier> qualifier,
    int valueStart,
    int valueEnd,
    int matchLength) {}
