package fr.beta.bilans.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {

  private static String f(String value, Unit unit) {
    return FrenchFormat.withUnit(new BigDecimal(value), unit).replace('\u202f', ' ');
  }

  @Test
  void writesNumbersAsAFrenchReaderDoes() {
    assertThat(f("1342", Unit.COUNT)).isEqualTo("1 342");
    assertThat(f("45.5", Unit.SCORE)).isEqualTo("45,5");
    assertThat(f("56.0", Unit.PERCENT)).isEqualTo("56 %");
    assertThat(f("5500000", Unit.EUR)).isEqualTo("5,5 M€");
    assertThat(f("25750000", Unit.EUR)).isEqualTo("25,75 M€");
    assertThat(f("1046", Unit.EUR)).isEqualTo("1 046 €");
  }

  @Test
  void neverRoundsAwayADigitOfAnEuroAmount() {
    assertThat(f("6821046", Unit.EUR)).isEqualTo("6,82 M€ (6 821 046 €)");
  }
}
