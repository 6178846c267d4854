package fr.beta.bilans.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.LexicalRecognizer;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Method;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.NumberContext;
import fr.beta.bilans.figures.NumberSpotter;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.summaries.Claim;
import fr.beta.bilans.summaries.ClaimFinder;
import fr.beta.bilans.summaries.SummaryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims checked by their evidence among a report's numbers, which this test writes. */
class EvidenceResolverTest {

  private static Catalog catalog;

  @BeforeAll
  static void load() throws Exception {
    catalog = new CatalogLoader().loadDefault();
  }

  /**
   * The numbers of a one-page report whose text is {@code text}, as the report matcher sees them.
   */
  private static List<Mention> mentions(String text) {
    LexicalRecognizer recognizer = new LexicalRecognizer(catalog);
    List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
    List<NumberContext> contexts =
        NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList());
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      FrenchNumber n = spots.get(i).number();
      NumberContext c = contexts.get(i);
      Optional<MetricId> metric = recognizer.recognize(c, n).map(r -> r.metric().id());
      mentions.add(
          new Mention(
              "Bilan 2031.pdf",
              n,
              n.qualifier(),
              3,
              new Box(10, 10 * i, 20, 8),
              c.own(),
              c,
              Method.SENTENCE,
              metric,
              Period.year(2031)));
    }
    return mentions;
  }

  private static List<ClaimCheck> check(String summaryLine, String reportText) {
    List<Claim> claims =
        new ClaimFinder(catalog, new LexicalRecognizer(catalog))
            .claims(new SummaryParser().parse("page.md", "## Bilan 2031\n\n" + summaryLine + "\n"));
    return new Reconciler(catalog, new EvidenceResolver(catalog.grammar()))
        .reconcile(claims, Map.of(2031, List.of()), Map.of(2031, mentions(reportText)))
        .claims();
  }

  @Test
  void agreesWithAnExactValueTheRoundedClaimStandsFor() {
    List<ClaimCheck> checks =
        check(
            "Le programme a bénéficié de 5,9 M€ de financement.",
            "5 869 442 € de financement consacré au programme. 12 incubateurs partenaires.");
    assertThat(checks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(ClaimStatus.AGREES);
              assertThat(c.evidence().orElseThrow().value()).isEqualByComparingTo("5869442");
              assertThat(c.explanation())
                  .contains("5900000 as printed stands for 5850000 to 5950000");
            });
  }

  @Test
  void agreesWithAHedgedClaimThatTheReportBearsOut() {
    List<ClaimCheck> checks =
        check(
            "Plus de 1 500 membres actifs animent la communauté.",
            "La communauté réunit 1 512 membres actifs en 2031.");
    assertThat(checks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(ClaimStatus.AGREES);
              assertThat(c.explanation()).contains("the report's 1512 is more than 1500");
            });
  }

  @Test
  void disagreesWithTheNumberThatTheReportGivesTheSameMetric() {
    List<ClaimCheck> checks =
        check(
            "Le programme suit désormais 44 services d'impact national.",
            "41 services numériques sont à impact national au total. 44 agents y travaillent.");
    assertThat(checks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(ClaimStatus.DISAGREES);
              assertThat(c.evidence().orElseThrow().value()).isEqualByComparingTo("41");
            });
  }

  @Test
  void isNotInTheReportWhenOnlyADifferentMetricSharesItsValue() {
    List<ClaimCheck> checks =
        check(
            "Le programme a organisé 12 ateliers régionaux.",
            "Le réseau compte 12 incubateurs partenaires.");
    assertThat(checks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(ClaimStatus.NOT_IN_REPORT);
              assertThat(c.evidence()).isEmpty();
            });
  }

  @Test
  void hasNoReportForAYearTheRunDidNotRead() {
    List<Claim> claims =
        new ClaimFinder(catalog, new LexicalRecognizer(catalog))
            .claims(new SummaryParser().parse("page.md", "## Bilan 2029\n\n12 incubateurs.\n"));
    List<ClaimCheck> checks =
        new Reconciler(catalog, new EvidenceResolver(catalog.grammar()))
            .reconcile(claims, Map.of(2031, List.of()), Map.of())
            .claims();
    assertThat(checks)
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.NO_REPORT));
  }
}
