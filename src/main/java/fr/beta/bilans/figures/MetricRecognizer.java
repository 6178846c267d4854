package fr.beta.bilans.figures;

import java.util.Optional;

/**
 * Tells which metric of the catalog a number counts, from the words around it. Implementations: by
 * the concepts of the catalog ({@link LexicalRecognizer}); the regular expressions of the catalog
 * are applied over whole texts by {@link TextMatcher}.
 */
public interface MetricRecognizer {

  /** The metric that {@code number}, read in {@code context}, counts; empty when none fits. */
  Optional<Recognition> recognize(NumberContext context, FrenchNumber number);
}
