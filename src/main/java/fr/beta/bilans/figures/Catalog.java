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
    Grammar grammar,
    List<String> languages,
    String sha256) {

  /**
   * The language of the reports as the lexical matcher needs it: the analysis chain (with the
   * catalog's synonyms), the verb forms that tell an event, the clause markers of a flow, of a
   * state and of a target, and the words by which a report's first pages give the date of its data,
   * the words right before a number that send it back to the noun of an earlier clause ("dont",
   * "soit"), and the words that set a figure's scope ("et ses partenaires", "hors ...") for the
   * cross-checks.
   */
  public record Grammar(
      fr.beta.bilans.text.FrenchAnalysis analysis,
      List<Pattern> eventMarkers,
      List<Pattern> flowMarkers,
      List<Pattern> stateMarkers,
      List<Pattern> targetMarkers,
      List<Pattern> dataDateMarkers,
      List<Pattern> backReferences,
      List<Pattern> scopeMarkers,
      List<Pattern> benchmarkMarkers,
      List<Pattern> rateMarkers,
      List<Pattern> attributeMarkers) {
    public Grammar {
      attributeMarkers = List.copyOf(attributeMarkers);
      benchmarkMarkers = List.copyOf(benchmarkMarkers);
      rateMarkers = List.copyOf(rateMarkers);
      eventMarkers = List.copyOf(eventMarkers);
      flowMarkers = List.copyOf(flowMarkers);
      stateMarkers = List.copyOf(stateMarkers);
      targetMarkers = List.copyOf(targetMarkers);
      dataDateMarkers = List.copyOf(dataDateMarkers);
      backReferences = List.copyOf(backReferences);
      scopeMarkers = List.copyOf(scopeMarkers);
    }

    /** Whether the words before a number make it an objective ("l'objectif de 8"). */
    public Kind kindOf(String lead) {
      return matches(targetMarkers, lead) ? Kind.TARGET : Kind.ACTUAL;
    }

    /**
     * Whether the words before a number give it to the noun before them ("the budget was", "un
     * budget annuel de"): that noun is what it counts, as if it followed the number.
     */
    public boolean attributes(String lead) {
      return matches(attributeMarkers, lead);
    }

    /** Whether the words before a number send it back to an earlier noun ("dont", "soit"). */
    public boolean refersBack(String lead) {
      return matches(backReferences, lead);
    }

    /**
     * Whether the words around a number make it the value of no metric: a reference value before it
     * ("supérieur à 50"), a rate after it ("11 € par dossier").
     */
    public boolean measuresNothing(String lead, String head) {
      return matches(benchmarkMarkers, lead) || matches(rateMarkers, head);
    }

    /** Whether one of the markers occurs in the text, read in lower case. */
    public static boolean matches(List<Pattern> markers, String text) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      return markers.stream().anyMatch(p -> p.matcher(lower).find());
    }
  }

  /** A cumulative metric that should grow each year by its yearly increment. */
  public record RunningTotal(MetricId total, MetricId increment) {}

  public Catalog {
    languages = List.copyOf(languages);
    metrics = List.copyOf(metrics);
    columns = List.copyOf(columns);
    qualifiers = Map.copyOf(qualifiers);
    periodIgnored = List.copyOf(periodIgnored);
    runningTotals = List.copyOf(runningTotals);
  }

  /** The metric whose row patterns match a table row's label best (the longest match). */
  public Optional<MetricDefinition> metricOfRow(String label) {
    String text = TextMatcher.flatten(label);
    MetricDefinition best = null;
    int bestLength = 0;
    for (MetricDefinition metric : metrics) {
      for (java.util.regex.Pattern pattern : metric.rowLabels()) {
        java.util.regex.Matcher m = pattern.matcher(text);
        if (m.find() && m.end() - m.start() > bestLength) {
          best = metric;
          bestLength = m.end() - m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public Optional<MetricDefinition> metric(MetricId id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
