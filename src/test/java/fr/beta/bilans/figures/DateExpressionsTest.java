package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "État des lieux au 1er janvier 2024      | 2024-01-01",
        "ÉTATS DES LIEUX AU 1ER JANVIER 2025      | 2025-01-01",
        "au 1er juin 2022, dont 30%               | 2022-06-01",
        "PANORAMA GÉNÉRAL AU 31/12/2020           | 2020-12-31",
        "au 15 janvier 2026                       | 2026-01-15",
        "en janvier 2023                          | 2023-01",
        "accompagnés dans le réseau en avril 2021 | 2021-04",
        "Décembre 2023                            | 2023-12",
        "18 lauréats en 2023                      | 2023"
      })
  void findsTheDateThatFrenchTextGives(String text, String period) {
    assertThat(DateExpressions.find(text))
        .first()
        .extracting(f -> f.period().iso())
        .isEqualTo(period);
  }

  @ParameterizedTest(name = "\"{0}\" has no date")
  @CsvSource({"programme n°352", "FAST 13", "depuis 2022 un accélérateur", "CRITÈRE 2"})
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(DateExpressions.find(text)).isEmpty();
  }
}
