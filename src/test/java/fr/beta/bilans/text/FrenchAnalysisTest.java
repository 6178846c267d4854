package fr.beta.bilans.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

  private final FrenchAnalysis analysis = new FrenchAnalysis();

  @Test
  void removesElisionsSoThatDAgentsIsAgent() {
    assertThat(analysis.terms("d'agents")).containsExactly("agent");
    assertThat(analysis.terms("l'agent")).containsExactly("agent");
    assertThat(analysis.terms("dʼagents".replace('ʼ', '\''))).containsExactly("agent");
  }

  @Test
  void foldsCaseAndAccentsAndStemsPluralAndFeminineForms() {
    assertThat(analysis.terms("ÉTAT État etat")).containsExactly("etat", "etat", "etat");
    assertThat(analysis.terms("pérennisées pérennisés pérennisée"))
        .containsOnly(analysis.terms("pérennisé").get(0));
    assertThat(analysis.terms("lauréates lauréats")).containsOnly("laureat");
  }

  @Test
  void dropsStopWordsAndNumbers() {
    assertThat(analysis.terms("un de la les et 1 342 en 2024")).isEmpty();
  }

  @Test
  void keepsShortWordsThatTheLightStemmerLeavesAlone() {
    assertThat(analysis.terms("NPS EIG FAST")).containsExactly("nps", "eig", "fast");
  }

  @Test
  void mapsEachWordOfASynonymGroupToItsFirstWord() {
    FrenchAnalysis withSynonyms =
        new FrenchAnalysis(List.of(List.of("service", "produit", "startup")));
    assertThat(withSynonyms.terms("50 startups et 3 produits"))
        .containsExactly(
            withSynonyms.terms("service").get(0), withSynonyms.terms("service").get(0));
  }

  @Test
  void refusesASynonymOfSeveralWords() {
    assertThatThrownBy(() -> new FrenchAnalysis(List.of(List.of("service", "startup d'État"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one word");
  }
}
