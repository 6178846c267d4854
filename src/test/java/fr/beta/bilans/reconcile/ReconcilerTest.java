package fr.beta.bilans.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.FrenchNumbers;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.NumberContext;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.summaries.Claim;
import fr.beta.bilans.testing.Figures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static Catalog catalog;

  @BeforeAll
  static void load() throws Exception {
    catalog = new CatalogLoader().loadDefault();
  }

  private static Figure figure(String metric, String period, String printed, int year, int page) {
    return Figures.actual(metric, period, printed, year, page);
  }

  private static Claim claim(String metric, int year, String printed) {
    FrenchNumber n = FrenchNumbers.parse(printed).orElseThrow();
    return new Claim(
        "page.md",
        year,
        printed,
        catalog.metric(new MetricId(metric)),
        Period.year(year),
        Kind.ACTUAL,
        n,
        n.qualifier(),
        new NumberContext(printed, "", "", ""),
        List.of(),
        true,
        false);
  }

  private static Reconciler reconciler() {
    return new Reconciler(catalog, new EvidenceResolver(catalog.grammar()));
  }

  private static ClaimCheck check(Claim claim, List<Figure> report) {
    return reconciler()
        .reconcile(List.of(claim), Map.of(claim.sectionYear(), report), Map.of())
        .claims()
        .get(0);
  }

  @Test
  void agreesWithTheStateAtTheTurnOfTheYear() {
    ClaimCheck check =
        check(
            claim("services_active", 2031, "260"),
            List.of(figure("services_active", "2032-01-01", "260", 2031, 10)));
    assertThat(check.status()).isEqualTo(ClaimStatus.AGREES);
    assertThat(check.explanation()).isEqualTo("same value (page 10)");
  }

  @Test
  void disagreesWithTheReportsValueAndPage() {
    ClaimCheck check =
        check(
            claim("services_active", 2031, "258"),
            List.of(figure("services_active", "2032-01-01", "248", 2031, 10)));
    assertThat(check.status()).isEqualTo(ClaimStatus.DISAGREES);
    assertThat(check.evidence())
        .hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("248"));
    assertThat(check.explanation())
        .startsWith("the summary says 258, the report says 248 on page 10 for the same services");
  }

  @Test
  void agreesWhenTheRoundedValueHoldsTheExactOneAndSaysWhichRounding() {
    ClaimCheck check =
        check(
            claim("program_budget_eur", 2031, "5,6 M€"),
            List.of(figure("program_budget_eur", "2031", "5 589 773 €", 2031, 29)));
    assertThat(check.status()).isEqualTo(ClaimStatus.AGREES);
    assertThat(check.explanation()).contains("5600000 as printed stands for 5550000 to 5650000");
  }

  @Test
  void disagreesWhenTheRoundingIntervalMissesTheExactValue() {
    ClaimCheck check =
        check(
            claim("program_budget_eur", 2031, "5,7 M€"),
            List.of(figure("program_budget_eur", "2031", "5 589 773 €", 2031, 29)));
    assertThat(check.status()).isEqualTo(ClaimStatus.DISAGREES);
  }

  @Test
  void isAmbiguousWhenTheReportStatesTwoValuesAndTheClaimNeither() {
    ClaimCheck check =
        check(
            claim("active_members", 2031, "520"),
            List.of(
                figure("active_members", "2031", "550", 2031, 14),
                figure("active_members", "2031", "500", 2031, 21)));
    assertThat(check.status()).isEqualTo(ClaimStatus.AMBIGUOUS);
    assertThat(check.explanation()).isEqualTo("the report states 550 (page 14) and 500 (page 21)");
  }

  @Test
  void agreesWithOneOfTwoValuesOfTheReportAndNamesTheOther() {
    ClaimCheck check =
        check(
            claim("active_members", 2031, "500"),
            List.of(
                figure("active_members", "2031", "550", 2031, 14),
                figure("active_members", "2031", "500", 2031, 21)));
    assertThat(check.status()).isEqualTo(ClaimStatus.AGREES);
    assertThat(check.explanation())
        .isEqualTo("same value (page 21); the report also states 550 (page 14) and 500 (page 21)");
  }

  @Test
  void hasNoReportWhenTheRunHasNoReportOfTheClaimsYear() {
    ClaimCheck check =
        reconciler()
            .reconcile(
                List.of(claim("active_members", 2031, "500")),
                Map.of(2030, List.of(figure("active_members", "2030", "500", 2030, 3))),
                Map.of())
            .claims()
            .get(0);
    assertThat(check.status()).isEqualTo(ClaimStatus.NO_REPORT);
  }

  @Test
  void isNotInTheReportWhenTheReportHasNoSuchFigure() {
    ClaimCheck check =
        check(
            claim("new_partner_administrations", 2031, "15"),
            List.of(figure("services_active", "2031", "15", 2031, 3)));
    assertThat(check.status()).isEqualTo(ClaimStatus.NOT_IN_REPORT);
  }

  @Test
  void acceptsAHedgedClaimThatTheReportBearsOut() {
    FrenchNumber n = FrenchNumbers.parse("1000").orElseThrow();
    Claim hedged =
        new Claim(
            "page.md",
            2031,
            "plus de 1000 membres",
            catalog.metric(new MetricId("active_members")),
            Period.year(2031),
            Kind.ACTUAL,
            n,
            Optional.of(fr.beta.bilans.figures.Qualifier.MORE_THAN),
            new NumberContext("plus de 1000 membres", "plus de", "membres", ""),
            List.of(),
            true,
            false);
    assertThat(check(hedged, List.of(figure("active_members", "2031", "1200", 2031, 4))).status())
        .isEqualTo(ClaimStatus.AGREES);
  }

  @Test
  void checksARunningTotalAgainstLastYearsTotalPlusThisYearsNew() {
    Reconciliation r =
        reconciler()
            .reconcile(
                List.of(),
                Map.of(
                    2030, List.of(figure("national_impact_total", "2031-01-01", "24", 2030, 8)),
                    2031,
                        List.of(
                            figure("national_impact_total", "2032-01-01", "30", 2031, 10),
                            figure("national_impact_new", "2031", "7", 2031, 11))),
                Map.of());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo(Finding.Check.RUNNING_TOTAL);
              assertThat(f.passed()).isFalse();
              assertThat(f.arithmetic())
                  .isEqualTo(
                      "24 (2030 report, page 8) + 7 new in 2031 (page 11) = 31, but the 2031 report states 30 (page 10)");
            });
  }

  @Test
  void checksAFigureRestatedTheNextYearByRounding() {
    Reconciliation r =
        reconciler()
            .reconcile(
                List.of(),
                Map.of(
                    2030, List.of(figure("program_budget_eur", "2030", "6 821 046 €", 2030, 34)),
                    2031, List.of(figure("program_budget_eur", "2030", "6,8 M€", 2031, 32))),
                Map.of());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo(Finding.Check.RESTATED);
              assertThat(f.passed()).isTrue();
              assertThat(f.arithmetic())
                  .contains(
                      "restates program_budget_eur 2030 as 6800000 (page 32)",
                      "said 6821046 (page 34)");
            });
  }

  @Test
  void reportsAFigureStatedTwiceWithTwoValues() {
    Reconciliation r =
        reconciler()
            .reconcile(
                List.of(),
                Map.of(
                    2031,
                    List.of(
                        figure("active_members", "2031", "550", 2031, 14),
                        figure("active_members", "2031", "500", 2031, 21))),
                Map.of());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo(Finding.Check.STATED_TWICE);
              assertThat(f.passed()).isFalse();
            });
  }

  @Test
  void callsTwoHedgedValuesCloseToEachOtherApproximateNotInconsistent() {
    Reconciliation r =
        reconciler()
            .reconcile(
                List.of(),
                Map.of(
                    2031,
                    List.of(
                        figure("active_members", "2031", "~550", 2031, 14),
                        figure("active_members", "2031", "~500", 2031, 21))),
                Map.of());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Finding.Verdict.APPROXIMATE);
              assertThat(f.rule()).contains("hedged", "15 %");
            });
  }

  @Test
  void callsFiguresWordedForDifferentScopesSoRatherThanFailed() {
    Figure withPartners =
        withText(
            figure("program_budget_eur", "2030", "25,75 M€", 2030, 14),
            "25,75 M€ engagés par la DINUM et ses partenaires");
    Figure dinumOnly =
        withText(
            figure("program_budget_eur", "2030", "5,5 M€", 2031, 34),
            "financement consacré au programme par la DINUM (5,5 M€ en 2030)");
    Reconciliation r =
        reconciler()
            .reconcile(
                List.of(), Map.of(2030, List.of(withPartners), 2031, List.of(dinumOnly)), Map.of());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Finding.Verdict.DIFFERENT_SCOPE);
              assertThat(f.rule()).contains("et ses partenaires");
            });
  }

  private static Figure withText(Figure f, String text) {
    return new Figure(
        f.metric(),
        f.period(),
        f.kind(),
        f.value(),
        f.halfInterval(),
        f.unit(),
        f.qualifier(),
        f.reportYear(),
        new fr.beta.bilans.figures.Provenance(
            f.provenance().report(),
            f.provenance().page(),
            f.provenance().bbox(),
            text,
            f.provenance().method()));
  }
}
