package fr.beta.bilans.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key figures to look for and how they are worded, loaded from a YAML file by {@link
 * CatalogLoader}. Immutable and shareable between threads.
 */
public record Catalog(
    int version,
    List<MetricDefinition> metrics,
    List<ColumnRule> columns,
    Map<Qualifier, List<String>> qualifiers,
    List<Pattern> periodIgnored,
    List<RunningTotal> runningTotals,
    String sha256) {

  /** A cumulative metric that should grow each year by its yearly increment. */
  public record RunningTotal(MetricId total, MetricId increment) {}

  public Catalog {
    metrics = List.copyOf(metrics);
    columns = List.copyOf(columns);
    qualifiers = Map.copyOf(qualifiers);
    periodIgnored = List.copyOf(periodIgnored);
    runningTotals = List.copyOf(runningTotals);
  }

  public Optional<MetricDefinition> metric(MetricId id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
