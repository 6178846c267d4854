package fr.beta.bilans.figures;

import static java.util.Objects.requireNonNull;

import fr.beta.bilans.extract.Box;
import java.util.Optional;

/**
 * One number of a report, whatever it counts: the report's inventory of numbers, where a claim
 * looks for its evidence. {@code label} holds the words that say what it counts, taken by layout
 * (the clause around it in running text, the label block of a callout, a table cell's row label and
 * column header); {@code metric} is the catalog metric its words name, when one does, and {@code
 * period} the period it speaks of, as well as the page tells.
 */
public record Mention(
    String report,
    FrenchNumber number,
    Optional<Qualifier> qualifier,
    int page,
    Box box,
    String label,
    NumberContext context,
    Method method,
    Optional<MetricId> metric,
    Period period) {

  public Mention {
    requireNonNull(report, "report");
    requireNonNull(number, "number");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(box, "box");
    requireNonNull(label, "label");
    requireNonNull(context, "context");
    requireNonNull(method, "method");
    requireNonNull(metric, "metric");
    requireNonNull(period, "period");
  }

  /** This mention, of another period (the report's fiscal year). */
  public Mention withPeriod(Period other) {
    return new Mention(report, number, qualifier, page, box, label, context, method, metric, other);
  }
}
