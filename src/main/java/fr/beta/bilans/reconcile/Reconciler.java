package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Qualifier;
import fr.beta.bilans.summaries.Claim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the claims of the summaries against the report of their year, then the reports against
 * each other: restated figures, running totals (as the catalog lists them), and figures a report
 * states twice with two values.
 *
 * <p>Example: {@code new Reconciler(catalog).reconcile(claims, figuresByReportYear)}.
 */
public final class Reconciler {

  private static final Comparator<Figure> BY_PAGE =
      Comparator.comparingInt((Figure f) -> f.provenance().page())
          .thenComparingDouble(f -> f.provenance().bbox().y());

  private final Catalog catalog;

  public Reconciler(Catalog catalog) {
    this.catalog = catalog;
  }

  public Reconciliation reconcile(List<Claim> claims, Map<Integer, List<Figure>> figuresByYear) {
    List<ClaimCheck> checks = claims.stream().map(c -> check(c, figuresByYear)).toList();
    List<Finding> findings = new ArrayList<>();
    Map<Integer, List<Figure>> sorted = new TreeMap<>(figuresByYear);
    sorted.values().forEach(figures -> findings.addAll(statedTwice(figures)));
    sorted.forEach((year, figures) -> findings.addAll(restated(year, figures, sorted)));
    findings.addAll(runningTotals(sorted));
    return new Reconciliation(checks, findings);
  }

  private ClaimCheck check(Claim claim, Map<Integer, List<Figure>> figuresByYear) {
    if (claim.metric().isEmpty()) {
      return new ClaimCheck(
          claim,
          ClaimStatus.UNMAPPED,
          Optional.empty(),
          List.of(),
          "no metric of the catalog is worded this way");
    }
    MetricDefinition metric = claim.metric().get();
    List<Figure> report = figuresByYear.get(claim.sectionYear());
    if (report == null) {
      return new ClaimCheck(
          claim,
          ClaimStatus.NOT_IN_REPORT,
          Optional.empty(),
          List.of(),
          "no report of " + claim.sectionYear() + " was processed");
    }
    List<Figure> candidates = candidates(report, metric.id(), claim.period());
    if (candidates.isEmpty()) {
      return new ClaimCheck(
          claim,
          ClaimStatus.NOT_IN_REPORT,
          Optional.empty(),
          List.of(),
          "the "
              + claim.sectionYear()
              + " report states no "
              + metric.id()
              + " for "
              + claim.period());
    }
    Map<BigDecimal, List<Figure>> byValue = byValue(candidates);
    if (byValue.size() > 1) {
      return new ClaimCheck(
          claim,
          ClaimStatus.AMBIGUOUS,
          Optional.of(candidates.get(0)),
          candidates,
          "the report states " + describe(byValue));
    }
    Figure figure = candidates.get(0);
    Optional<String> agreement = agreement(claim, figure);
    if (agreement.isPresent()) {
      return new ClaimCheck(
          claim,
          ClaimStatus.AGREES,
          Optional.of(figure),
          candidates,
          agreement.get() + " (page " + figure.provenance().page() + ")");
    }
    return new ClaimCheck(
        claim,
        ClaimStatus.DISAGREES,
        Optional.of(figure),
        candidates,
        "the summary says "
            + Rounding.plain(claim.number().value())
            + ", the report says "
            + Rounding.plain(figure.value())
            + " on page "
            + figure.provenance().page());
  }

  private static Optional<String> agreement(Claim claim, Figure figure) {
    Optional<String> rounding =
        Rounding.agreement(
            claim.number().value(),
            claim.number().halfInterval(),
            figure.value(),
            figure.halfInterval());
    if (rounding.isPresent()) {
      return rounding;
    }
    // "plus de 1 000" is true of 1 200; "au moins 11" of 11.
    int compare = figure.value().compareTo(claim.number().value());
    Optional<Qualifier> hedge = claim.qualifier();
    if (hedge.equals(Optional.of(Qualifier.MORE_THAN)) && compare > 0
        || hedge.equals(Optional.of(Qualifier.AT_LEAST)) && compare >= 0) {
      return Optional.of(
          "the report's "
              + Rounding.plain(figure.value())
              + " is "
              + hedge.get().id().replace('_', ' ')
              + " "
              + Rounding.plain(claim.number().value()));
    }
    return Optional.empty();
  }

  /** The report's actual figures of a metric that speak for a period, by page. */
  private static List<Figure> candidates(List<Figure> report, MetricId metric, Period period) {
    return report.stream()
        .filter(
            f ->
                f.metric().equals(metric)
                    && f.kind() == Kind.ACTUAL
                    && Periods.compatible(period, f.period()))
        .sorted(BY_PAGE)
        .toList();
  }

  private static Map<BigDecimal, List<Figure>> byValue(List<Figure> figures) {
    Map<BigDecimal, List<Figure>> map = new LinkedHashMap<>();
    for (Figure f : figures) {
      map.computeIfAbsent(f.value().stripTrailingZeros(), v -> new ArrayList<>()).add(f);
    }
    return map;
  }

  private static String describe(Map<BigDecimal, List<Figure>> byValue) {
    return byValue.entrySet().stream()
        .map(
            e ->
                e.getValue().get(0).qualifier().map(q -> q.id().replace('_', ' ') + " ").orElse("")
                    + Rounding.plain(e.getKey())
                    + " (page"
                    + (e.getValue().size() > 1 ? "s " : " ")
                    + e.getValue().stream()
                        .map(f -> String.valueOf(f.provenance().page()))
                        .distinct()
                        .collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining(" and "));
  }

  private static List<Finding> statedTwice(List<Figure> figures) {
    Map<String, List<Figure>> byKey = new TreeMap<>();
    figures.forEach(f -> byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
    List<Finding> findings = new ArrayList<>();
    for (List<Figure> same : byKey.values()) {
      Map<BigDecimal, List<Figure>> byValue = byValue(same.stream().sorted(BY_PAGE).toList());
      if (byValue.size() < 2) {
        continue;
      }
      List<Figure> first = byValue.values().stream().map(l -> l.get(0)).toList();
      boolean allAgree =
          first.stream()
              .allMatch(
                  a ->
                      first.stream()
                          .allMatch(
                              b ->
                                  Rounding.agreement(
                                          a.value(), a.halfInterval(), b.value(), b.halfInterval())
                                      .isPresent()));
      Figure f = same.get(0);
      findings.add(
          new Finding(
              Finding.Check.STATED_TWICE,
              f.metric().id(),
              f.period().iso(),
              allAgree,
              first,
              "the "
                  + f.reportYear()
                  + " report states "
                  + describe(byValue)
                  + (allAgree ? ", which agree after rounding" : "")));
    }
    return findings;
  }

  private static List<Finding> restated(
      int year, List<Figure> figures, Map<Integer, List<Figure>> all) {
    Map<String, Figure> restatements = new TreeMap<>();
    for (Figure f : figures) {
      if (f.kind() == Kind.ACTUAL
          && f.period().year() < year
          && all.containsKey(f.period().year())) {
        restatements.putIfAbsent(f.key() + "|" + Rounding.plain(f.value()), f);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Figure later : restatements.values()) {
      int earlierYear = later.period().year();
      List<Figure> earlier =
          candidates(all.get(earlierYear), later.metric(), later.period()).stream()
              .filter(f -> f.period().year() >= earlierYear)
              .toList();
      if (earlier.isEmpty()) {
        continue;
      }
      Figure original = earlier.get(0);
      Optional<String> agreement =
          Rounding.agreement(
              later.value(), later.halfInterval(), original.value(), original.halfInterval());
      String arithmetic =
          "the "
              + year
              + " report restates "
              + later.metric()
              + " "
              + later.period()
              + " as "
              + Rounding.plain(later.value())
              + " (page "
              + later.provenance().page()
              + "); the "
              + earlierYear
              + " report said "
              + Rounding.plain(original.value())
              + " (page "
              + original.provenance().page()
              + ")"
              + agreement
                  .map(a -> ": " + a)
                  .orElse(
                      ": they differ by "
                          + Rounding.plain(later.value().subtract(original.value()).abs()));
      findings.add(
          new Finding(
              Finding.Check.RESTATED,
              later.metric().id(),
              later.period().iso(),
              agreement.isPresent(),
              List.of(later, original),
              arithmetic));
    }
    return findings;
  }

  private List<Finding> runningTotals(Map<Integer, List<Figure>> all) {
    List<Finding> findings = new ArrayList<>();
    for (Catalog.RunningTotal relation : catalog.runningTotals()) {
      for (int year : all.keySet()) {
        if (!all.containsKey(year - 1)) {
          continue;
        }
        Optional<Figure> total = single(all.get(year), relation.total(), year);
        Optional<Figure> previous = single(all.get(year - 1), relation.total(), year - 1);
        Optional<Figure> increment = single(all.get(year), relation.increment(), year);
        if (total.isEmpty() || previous.isEmpty() || increment.isEmpty()) {
          continue;
        }
        BigDecimal expected = previous.get().value().add(increment.get().value());
        boolean passed =
            Rounding.agreement(
                    expected,
                    previous.get().halfInterval().add(increment.get().halfInterval()),
                    total.get().value(),
                    total.get().halfInterval())
                .isPresent();
        String arithmetic =
            Rounding.plain(previous.get().value())
                + " ("
                + (year - 1)
                + " report, page "
                + previous.get().provenance().page()
                + ") + "
                + Rounding.plain(increment.get().value())
                + " new in "
                + year
                + " (page "
                + increment.get().provenance().page()
                + ") = "
                + Rounding.plain(expected)
                + (passed ? ", as" : ", but")
                + " the "
                + year
                + " report states "
                + Rounding.plain(total.get().value())
                + " (page "
                + total.get().provenance().page()
                + ")";
        findings.add(
            new Finding(
                Finding.Check.RUNNING_TOTAL,
                relation.total().id(),
                String.valueOf(year),
                passed,
                List.of(previous.get(), increment.get(), total.get()),
                arithmetic));
      }
    }
    return findings;
  }

  /**
   * The report's one value of a metric for a year (its state at the turn of the year counts); empty
   * if none or several.
   */
  private static Optional<Figure> single(List<Figure> report, MetricId metric, int year) {
    List<Figure> candidates = candidates(report, metric, Period.year(year));
    return byValue(candidates).size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }
}
