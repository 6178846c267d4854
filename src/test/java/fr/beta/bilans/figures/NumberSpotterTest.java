package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberSpotterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Au 1er janvier 2031, 260 services sont suivis.|260",
        "Les membres2 actifs sont 1 300.|1300",
        "3. Un accompagnement de 6 mois pour 14 équipes.|14",
        "Le programme n°352 finance 12 produits, détaillés en page 30.|12",
        "Le programme \" 40 investigations \" a lancé 7 enquêtes.|7",
        "En 2031, 5,9 M€ et 45 % des 3e et 4e promotions.|5900000 45",
        "4,2/5 : note de satisfaction de 1 626 usagers.|4.2 1626",
        "2,48 M€ accordés sur les promos 14 et 15, voir la section 4.|2480000",
        "Découvrir les 16 lauréats du FAST 12.|16",
        "La réponse à 1946 billets de service, en 2031 dans 12 régions.|1946 12",
        "En 2031 plus de 12 équipes, en mars 2031 puis en 2032 toutes.|12",
        "Les résultats 2031 : 12 équipes.|12"
      })
  void keepsOnlyTheNumbersThatStateAQuantity(String text, String expected) {
    assertThat(NumberSpotter.spots(text))
        .extracting(s -> s.number().value().stripTrailingZeros().toPlainString())
        .containsExactly(expected.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // English puts a year before a noun, and groups a count's thousands.
        "The 2031 results: 1,946 tickets.|1946",
        "Over the past 7 years, 12 teams joined.|12"
      })
  void keepsOnlyTheNumbersThatStateAQuantityInEnglish(String text, String expected) {
    assertThat(NumberSpotter.spots(text, DateExpressions.find(text), NumberGrammar.ENGLISH))
        .extracting(s -> s.number().value().stripTrailingZeros().toPlainString())
        .containsExactly(expected.split(" "));
  }
}
