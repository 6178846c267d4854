package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.summaries.Claim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the claims of the summaries against the report of their year, then the reports against
 * each other: restated figures, running totals (as the catalog lists them), and figures a report
 * states twice with two values.
 *
 * <p>Example: {@code new Reconciler(catalog, resolver).reconcile(claims, figures, mentions)}.
 */
public final class Reconciler {

  private final Catalog catalog;
  private final ClaimResolver resolver;
  private final CrossCheckRules rules;

  public Reconciler(Catalog catalog, ClaimResolver resolver) {
    this.catalog = catalog;
    this.resolver = resolver;
    this.rules = new CrossCheckRules(catalog.grammar().scopeMarkers());
  }

  /**
   * Checks each claim against the report of its section's year ({@code no_report} when the run has
   * none), then the reports against each other.
   */
  public Reconciliation reconcile(
      List<Claim> claims,
      Map<Integer, List<Figure>> figuresByYear,
      Map<Integer, List<Mention>> mentionsByYear) {
    Map<Integer, ReportEvidence> reports = new TreeMap<>();
    figuresByYear.forEach(
        (year, figures) ->
            reports.put(
                year, new ReportEvidence(figures, mentionsByYear.getOrDefault(year, List.of()))));
    List<ClaimCheck> checks =
        claims.stream()
            .map(
                c ->
                    reports.containsKey(c.sectionYear())
                        ? resolver.resolve(c, reports.get(c.sectionYear()))
                        : new ClaimCheck(
                            c,
                            ClaimStatus.NO_REPORT,
                            Optional.empty(),
                            List.of(),
                            "no report of " + c.sectionYear() + " was processed"))
            .toList();
    List<Finding> findings = new ArrayList<>();
    Map<Integer, List<Figure>> sorted = new TreeMap<>(figuresByYear);
    sorted.values().forEach(figures -> findings.addAll(statedTwice(figures)));
    sorted.forEach((year, figures) -> findings.addAll(restated(year, figures, sorted)));
    findings.addAll(runningTotals(sorted));
    return new Reconciliation(checks, findings);
  }

  /** The report's actual figures of a metric that speak for a period, by page. */
  private static List<Figure> candidates(List<Figure> report, MetricId metric, Period period) {
    return report.stream()
        .filter(
            f ->
                f.metric().equals(metric)
                    && f.kind() == Kind.ACTUAL
                    && period.sameMomentAs(f.period()))
        .sorted(FigureValues.BY_PAGE)
        .toList();
  }

  private List<Finding> statedTwice(List<Figure> figures) {
    Map<String, List<Figure>> byKey = new TreeMap<>();
    figures.forEach(f -> byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
    List<Finding> findings = new ArrayList<>();
    for (List<Figure> same : byKey.values()) {
      Map<BigDecimal, List<Figure>> byValue =
          FigureValues.byValue(same.stream().sorted(FigureValues.BY_PAGE).toList());
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
      CrossCheckRules.Judgement judgement = rules.judge(first, allAgree);
      findings.add(
          new Finding(
              Finding.Check.STATED_TWICE,
              f.metric().id(),
              f.period().iso(),
              judgement.verdict(),
              judgement.rule(),
              first,
              "the "
                  + f.reportYear()
                  + " report states "
                  + FigureValues.describe(byValue)
                  + (allAgree ? ", which agree after rounding" : "")));
    }
    return findings;
  }

  private List<Finding> restated(int year, List<Figure> figures, Map<Integer, List<Figure>> all) {
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
      CrossCheckRules.Judgement judgement =
          rules.judge(List.of(later, original), agreement.isPresent());
      findings.add(
          new Finding(
              Finding.Check.RESTATED,
              later.metric().id(),
              later.period().iso(),
              judgement.verdict(),
              judgement.rule(),
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
                passed ? Finding.Verdict.PASSED : Finding.Verdict.FAILED,
                passed
                    ? "last year's total plus this year's new ones make this year's total"
                    : "last year's total plus this year's new ones do not make this year's total",
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
    return FigureValues.byValue(candidates).size() == 1
        ? Optional.of(candidates.get(0))
        : Optional.empty();
  }
}
