package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings that no corpus report uses, as a report with a new layout may: the catalog should
 * generalize.
 */
class TextMatcherTest {

  private static TextMatcher matcher;

  @BeforeAll
  static void load() throws CatalogException {
    matcher = new TextMatcher(new CatalogLoader().loadDefault());
  }

  private static String found(String text) {
    return matcher.match(TextMatcher.flatten(text), List.of(), 2025).stream()
        .map(
            m ->
                m.metric().id().id()
                    + " "
                    + m.period()
                    + " "
                    + m.number().value().toPlainString()
                    + m.qualifier().map(q -> " " + q.id()).orElse(""))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Au 1er janvier 2026 : 280 services en cours d'accompagnement ou pérennisés, 40 investigations en cours et 33 services numériques à impact national."
            + " | services_active 2026-01-01 280; investigations_in_progress 2026-01-01 40; national_impact_total 2026-01-01 33",
        "En 2025, la communauté compte plus de 1 600 membres actifs, dont 31 % d'agents publics."
            + " | active_members 2025 1600 more_than; public_agents_share 2025 31",
        "En 2025, 8 services numériques ont atteint le statut de service numérique à impact national."
            + " | national_impact_new 2025 8",
        "Le FAST a accordé 2,9 M€ à 17 lauréats en 2025. | fast_funding_eur 2025 2900000; fast_laureates 2025 17",
        "85 intrapreneurs (dont 6 en 2025) ont reçu une certification"
            + " | certified_intrapreneurs_total 2025 85; certified_intrapreneurs_year 2025 6",
        "230 nouveaux agents publics ont été embarqués en 2025 | new_public_agents 2025 230",
        "Les 19 incubateurs partenaires du réseau | partner_incubators 2025 19"
      })
  void findsTheMetricsOfWordingsNoReportUsedYet(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tchap compte 400 000 utilisateurs actifs et 95 % de satisfaction.",
        "4 incubateurs en cours de création",
        "+ 140 membres actifs par rapport à 2024",
        "CRITÈRE 2 Preuve d'impact significatif",
        "Budget 2023 : 770 000 euros"
      })
  void findsNothingWhereNoKeyFigureIsStated(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void datesAStateByTheHeadingAndAFlowOnlyByAYear() {
    List<Period> heading = List.of(Period.day(2026, 1, 1));
    assertThat(matcher.match("41 investigations en cours", heading, 2025))
        .singleElement()
        .satisfies(m -> assertThat(m.period().iso()).isEqualTo("2026-01-01"));
    assertThat(matcher.match("7 nouveaux services à impact national", heading, 2025))
        .singleElement()
        .satisfies(m -> assertThat(m.period().iso()).isEqualTo("2025"));
  }
}
