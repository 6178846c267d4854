package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognition by what a number counts, on wordings that this test writes (none from a report). */
class LexicalRecognizerTest {

  private static Catalog catalog;
  private static LexicalRecognizer recognizer;

  @BeforeAll
  static void load() throws Exception {
    catalog = new CatalogLoader().loadDefault();
    recognizer = new LexicalRecognizer(catalog);
  }

  /** The metric of each number of the text, in order; "-" where none is recognized. */
  private static List<String> metrics(String text) {
    List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
    List<NumberContext> contexts =
        NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList());
    return java.util.stream.IntStream.range(0, spots.size())
        .mapToObj(
            i ->
                recognizer
                    .recognize(contexts.get(i), spots.get(i).number())
                    .map(r -> r.metric().id().id())
                    .orElse("-"))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Cette année, 212 agents publics ont rejoint les équipes.",
        "L'an passé, 212 nouveaux agents publics se sont engagés.",
        "212 agentes publiques ont été embarquées dans la démarche.",
        "Le programme a recruté 212 intrapreneurs.",
        "On compte 212 nouveaux intrapreneurs issus des ministères."
      })
  void recognizesNewPublicAgentsInFiveWordings(String text) {
    assertThat(metrics(text)).containsExactly("new_public_agents");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Le réseau compte aujourd'hui 61 intrapreneurs certifiés.|certified_intrapreneurs_total",
        "14 intrapreneurs ont été certifiés pendant l'année.|certified_intrapreneurs_year",
        "14 intrapreneurs supplémentaires certifiés, soit 61 au total.|"
            + "certified_intrapreneurs_year,certified_intrapreneurs_total",
        "61 intrapreneurs (dont 14 en 2031) détiennent la certification.|"
            + "certified_intrapreneurs_total,certified_intrapreneurs_year"
      })
  void tellsATotalFromItsYearlyIncrementByTheAspectOfTheClause(String text, String expected) {
    assertThat(metrics(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "41 services sont désormais reconnus d'impact national.|national_impact_total",
        "9 services ont obtenu l'impact national dans l'année.|national_impact_new"
      })
  void tellsAStockOfServicesFromTheYearsNewOnes(String text, String expected) {
    assertThat(metrics(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12 intrapreneurs certifiés ont rejoint la communauté.",
        "Sur 300 membres, 35 % sont des femmes.",
        // the exclusion term far after the number, in the same clause
        "212 agents publics ont rejoint les équipes de nos services après avoir été certifiés."
      })
  void excludesAMetricWhoseExclusionTermIsInTheClause(String text) {
    assertThat(metrics(text)).doesNotContain("new_public_agents", "public_agents_share");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "230 agents publics ont rejoint le réseau, dont 48 % de femmes.|"
            + "new_public_agents,women_share_new_agents",
        "Le fonds a soutenu 20 lauréats du FAST et leur a accordé 2,1 M€.|"
            + "fast_laureates,fast_funding_eur"
      })
  void resolvesABackReferenceOrAnEarlierClauseToItsNoun(String text, String expected) {
    assertThat(metrics(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "La newsletter a eu 12 numéros cette année.",
        "Le podcast totalise 40 épisodes.",
        "Le budget de ce service est de 250 000 euros.",
      })
  void recognizesNothingInWordsNoMetricDescribes(String text) {
    assertThat(metrics(text)).allMatch(m -> m.equals("-") || !m.startsWith("new_"));
    assertThat(metrics(text).get(0)).isIn("-", "program_budget_eur");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "L'objectif de 30 produits lancés est dépassé.|target",
        "30 produits ont été lancés, au-delà de l'objectif.|actual"
      })
  void readsATargetOnlyWhenTheObjectiveComesBeforeTheNumber(String text, String kind) {
    List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
    NumberContext context =
        NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList()).get(0);
    Optional<Recognition> r = recognizer.recognize(context, spots.get(0).number());
    assertThat(r).hasValueSatisfying(x -> assertThat(x.kind().id()).isEqualTo(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"45,5", "72,3"})
  void takesADecimalScoreButNoDecimalCount(String printed) {
    String text = "Le NPS des membres atteint " + printed + " et " + printed + " membres actifs.";
    assertThat(metrics(text)).containsExactly("nps", "-");
  }

  @org.junit.jupiter.api.Test
  void recognizesNoMetricForAReferenceValueOrARate() {
    assertThat(metrics("Un Net Promoter Score supérieur à 50 est bon ; le nôtre est de 45."))
        .containsExactly("-", "nps");
    assertThat(metrics("Une démarche coûte 11 € par dossier au programme.")).containsExactly("-");
  }
}
