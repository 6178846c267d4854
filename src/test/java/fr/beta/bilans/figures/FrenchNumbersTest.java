package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchNumbersTest {

  @ParameterizedTest(name = "\"{0}\" -> {1} ± {2} {3} {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "1 342                 | 1342     | 0     | -       | -",
        "1\u00A0342            | 1342     | 0     | -       | -",
        "1\u202F342            | 1342     | 0     | -       | -",
        "5 869 442 €           | 5869442  | 0     | EUR     | -",
        "17,4 %                | 17.4     | 0.05  | PERCENT | -",
        "17,4%                 | 17.4     | 0.05  | PERCENT | -",
        "45 %                  | 45       | 0     | PERCENT | -",
        "45,5                  | 45.5     | 0.05  | -       | -",
        "2,48 M€               | 2480000  | 5000  | EUR     | -",
        "6,7M€                 | 6700000  | 50000 | EUR     | -",
        "4,16 millions d'euros | 4160000  | 5000  | EUR     | -",
        "25,75 millions d'euros| 25750000 | 5000  | EUR     | -",
        "3 millions d'euros    | 3000000  | 500000| EUR     | -",
        "> 100                 | 100      | 0     | -       | MORE_THAN",
        "~ 30                  | 30       | 0     | -       | ABOUT",
        "0                     | 0        | 0     | -       | -"
      })
  void parsesNumbersAsFrenchReportsPrintThem(
      String text, String value, String half, Unit unit, Qualifier qualifier) {
    FrenchNumber n = FrenchNumbers.parse(text).orElseThrow();
    assertThat(n.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(n.halfInterval()).isEqualByComparingTo(new BigDecimal(half));
    assertThat(n.unitShown()).isEqualTo(java.util.Optional.ofNullable(unit));
    assertThat(n.qualifier()).isEqualTo(java.util.Optional.ofNullable(qualifier));
    assertThat(n.relative()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is a change, not a level")
  @ValueSource(strings = {"+ 170", "+170", "x16"})
  void marksChangesAndFactorsAsRelative(String text) {
    assertThat(FrenchNumbers.parse(text))
        .hasValueSatisfying(n -> assertThat(n.relative()).isTrue());
  }

  @ParameterizedTest(name = "\"{0}\" means no value")
  @ValueSource(strings = {"ND", "N/A", "n/a", "/", "-"})
  void readsNoValueCellsAsEmpty(String text) {
    assertThat(FrenchNumbers.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {"", "abc", "12 abc", "1,2,3", "€", "12 345 67", "2023-01-01", "CRITÈRE 1"})
  void refusesWhatIsNotOneNumber(String text) {
    assertThat(FrenchNumbers.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void keepsEurosExactWithoutFloatingPointDrift() {
    assertThat(FrenchNumbers.parse("0,1 M€").orElseThrow().value())
        .isEqualTo(new BigDecimal("100000"));
    assertThat(FrenchNumbers.parse("5,589773 M€").orElseThrow().value())
        .isEqualTo(new BigDecimal("5589773"));
  }
}
