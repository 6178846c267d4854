package fr.beta.bilans.figures;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One metric of the catalog: its id and unit, whether it is a state at a moment ("services en cours
 * au 1er janvier") or a flow over a year ("nouveaux services en 2023"), the compiled patterns that
 * find it in text (each with a group {@code value}), and those that recognize its row label in a
 * table, and the {@link Concept} that says what it counts, by which a number worded in any way is
 * recognized.
 */
public record MetricDefinition(
    MetricId id,
    String label,
    Unit unit,
    Temporality temporality,
    List<Pattern> patterns,
    List<Pattern> rowLabels,
    Optional<Concept> concept,
    Optional<String> currency,
    boolean ofReportPeriod) {

  /** How a date near a figure applies to it. */
  public enum Temporality {
    /** A stock at a moment: a heading such as "état des lieux au 1er janvier 2024" dates it. */
    STATE,
    /** A count over a period: only a year or month stated with it dates it. */
    FLOW
  }

  public MetricDefinition {
    patterns = List.copyOf(patterns);
    rowLabels = List.copyOf(rowLabels);
  }
}
