package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberGrammarTest {

  @ParameterizedTest(name = "{0} {1} → {2} {3} {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "en|12,000|12000|-|-",
        "en|1,324|1324|-|-",
        "en|$25.8 million|25800000|money|-",
        "en|$17,170,932|17170932|money|-",
        "en|>137M|137000000|-|more_than",
        "en|700,000+|700000|-|more_than",
        "en|11.1%|11.1|percent|-",
        "en|5k|5000|-|-",
        "fr|12,5|12.5|-|-",
        "fr|1 342|1342|-|-",
        "fr|1.342|1342|-|-",
        "fr|11.1 %|11.1|percent|-",
        "fr|2,48 M€|2480000|eur|-",
        "fr|> 100|100|-|more_than",
        "fr|19 574 746 $|19574746|money|-",
        "fr|25,8 M$|25800000|money|-",
        "fr|250 k$|250000|money|-",
        "en|£3.2 million|3200000|money|-",
        "en|€5 million|5000000|eur|-"
      })
  void readsEachLanguagesNumbersByItsOwnGrammar(
      String language, String printed, String value, String unit, String qualifier) {
    FrenchNumber n = NumberGrammar.of(language).parse(printed).orElseThrow();
    assertThat(n.value()).isEqualByComparingTo(value);
    assertThat(n.unitShown().map(Unit::id).orElse(null)).isEqualTo(unit);
    assertThat(n.qualifier().map(Qualifier::id).orElse(null)).isEqualTo(qualifier);
  }

  @Test
  void spotsTheEnglishNumbersOfASentenceWithoutSplittingThemAtTheirCommas() {
    String text = "1,324 federal public servants attended demos; 12,000 Canada.ca web pages.";
    assertThat(NumberSpotter.spots(text, DateExpressions.find(text), NumberGrammar.ENGLISH))
        .extracting(s -> s.number().value().toPlainString())
        .containsExactly("1324", "12000");
  }

  @Test
  void tellsAnEnglishDocumentFromAFrenchOneByItsFunctionWords() {
    String english =
        "This year the team worked with the departments of the government of Canada and their"
            + " partners to improve the services that people use, and we are proud of what was"
            + " delivered in the year. The platform is used by many of the teams that build the"
            + " services of the government, and it has grown from a pilot to a product that is"
            + " now in use across the country with the help of the partners who were there.";
    String french =
        "Cette année, l'équipe a travaillé avec les ministères du gouvernement du Canada et leurs"
            + " partenaires pour améliorer les services que les gens utilisent, et nous sommes"
            + " fiers de ce qui a été livré dans l'année. La plateforme est utilisée par les"
            + " équipes qui construisent les services du gouvernement et elle est passée d'un"
            + " projet pilote à un produit utilisé dans tout le pays avec l'aide des partenaires.";
    assertThat(DocumentLanguage.of(english)).isEqualTo("en");
    assertThat(DocumentLanguage.of(french)).isEqualTo("fr");
    assertThat(DocumentLanguage.of("Bilan 2024"))
        .as("too few words: the catalog's")
        .isEqualTo("fr");
  }

  @Test
  void tellsTheCurrencyOfAnAmountWhenItsSignTellsIt() {
    assertThat(NumberGrammar.ENGLISH.parse("US$5 million").orElseThrow().currency())
        .hasValue("USD");
    assertThat(NumberGrammar.ENGLISH.parse("C$25.8 million").orElseThrow().currency())
        .hasValue("CAD");
    assertThat(NumberGrammar.ENGLISH.parse("$25.8 million").orElseThrow().currency()).isEmpty();
    assertThat(NumberGrammar.FRENCH.parse("2,48 M€").orElseThrow().currency()).hasValue("EUR");
    assertThat(NumberGrammar.ENGLISH.parse("£3.2 million").orElseThrow().currency())
        .hasValue("GBP");
  }

  @Test
  void refusesAnAmountInAnotherCurrencyThanTheMetricExpects() throws Exception {
    Catalog catalog =
        new CatalogLoader()
            .load(
                """
                version: 1
                languages: [en]
                metrics:
                  - id: annual_budget
                    unit: money
                    currency: CAD
                    concept:
                      names: ["budget"]
                """
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "test");
    MetricDefinition budget = catalog.metrics().get(0);
    assertThat(UnitCheck.fits(budget, NumberGrammar.ENGLISH.parse("C$5 million").orElseThrow()))
        .isTrue();
    assertThat(UnitCheck.fits(budget, NumberGrammar.ENGLISH.parse("$5 million").orElseThrow()))
        .isTrue();
    assertThat(UnitCheck.fits(budget, NumberGrammar.ENGLISH.parse("US$5 million").orElseThrow()))
        .isFalse();
  }
}
