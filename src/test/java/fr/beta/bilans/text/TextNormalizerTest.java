package fr.beta.bilans.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "eﬀectifs | effectifs",
        "ﬁnancement | financement",
        "dʼaccompagnement | d'accompagnement",
        "l’État | l'État",
        "1\u00A0342 | 1 342",
        "1\u202F342 | 1 342",
        "« service » | \" service \"",
        "déjà normal | déjà normal"
      })
  void normalizesWhatTheTextLayerDoesToWords(String raw, String expected) {
    assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
  }
}
