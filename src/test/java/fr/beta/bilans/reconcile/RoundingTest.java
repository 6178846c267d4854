package fr.beta.bilans.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.FrenchNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5,6 M€     | 5 589 773 € | true",
        "5,5 M€     | 5 589 773 € | false",
        "6,8M€      | 6 821 046 € | true",
        "6,7M€      | 6 719 365 € | true",
        "2,48 M€    | 2 480 000 € | true",
        "2,48 M€    | 2 486 000 € | false",
        "258        | 248         | false",
        "248        | 248         | true",
        "17,4 %     | 17,43 %     | true",
        "45,5       | 46          | false"
      })
  void agreesByRoundingIntervals(String a, String b, boolean agrees) {
    FrenchNumber x = FrenchNumbers.parse(a).orElseThrow();
    FrenchNumber y = FrenchNumbers.parse(b).orElseThrow();
    assertThat(
            Rounding.agreement(x.value(), x.halfInterval(), y.value(), y.halfInterval())
                .isPresent())
        .isEqualTo(agrees);
  }
}
