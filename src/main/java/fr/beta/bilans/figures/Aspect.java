package fr.beta.bilans.figures;

/**
 * Whether a clause tells of something that happened during a period ("ont été embarqués", "dans
 * l'année": a {@code FLOW}) or of how things stand at a moment ("compte désormais", "au total": a
 * {@code STATE}), or says neither. It decides between a cumulative metric and its yearly increment
 * when both are named with the same words.
 */
public enum Aspect {
  FLOW,
  STATE,
  NEITHER;

  /** Whether this aspect fits a metric of the given temporality (NEITHER fits both). */
  public int agreement(MetricDefinition.Temporality temporality) {
    if (this == NEITHER) {
      return 0;
    }
    boolean flow = temporality == MetricDefinition.Temporality.FLOW;
    return (this == FLOW) == flow ? 1 : -1;
  }
}
