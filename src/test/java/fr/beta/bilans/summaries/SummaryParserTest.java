package fr.beta.bilans.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryParserTest {

  private static Summary parse(String markdown) {
    return new SummaryParser().parse("page.md", markdown);
  }

  @Test
  void splitsThePageIntoYearSectionsAtHeadingsOfLevelTwoAndThree() throws Exception {
    Summary summary = parse(Files.readString(Path.of("fixtures/summaries/gitbook-constructs.md")));
    assertThat(summary.sections()).extracting(Summary.Section::year).containsExactly(2031, 2030);
    assertThat(summary.sections().get(1).heading()).isEqualTo("Bilan 2030");
  }

  @Test
  void keepsTheTextOfListItemsBoldAndProseButNotGitbookTagsOrFrontMatter() throws Exception {
    Summary summary = parse(Files.readString(Path.of("fixtures/summaries/gitbook-constructs.md")));
    assertThat(texts(summary.sections().get(0)))
        .containsExactly(
            "🚀 En 2031, le réseau a connu une croissance importante :",
            "12 nouvelles administrations ont rejoint le réseau ;",
            "41 services numériques à impact national au total, dont 9 nommés en 2031 ;",
            "60 produits ont démarré leur phase de construction en 2032.",
            "3 chatons ont été adoptés.",
            "Pour plus d'information, 5 minutes suffisent :");
    assertThat(texts(summary.sections().get(1)))
        .containsExactly(
            "La mission termine 2030 avec 301 services en portefeuille, dont 33 sont devenus des services publics à impact national.",
            ":heartpulse: De l'impact pour des millions de Français");
  }

  @Test
  void endsTheYearSectionsAtAHeadingWithoutAYear() throws Exception {
    Summary summary = parse(Files.readString(Path.of("fixtures/summaries/gitbook-constructs.md")));
    assertThat(summary.sections())
        .flatExtracting(SummaryParserTest::texts)
        .noneMatch(
            p -> p.contains("88 pages") || p.contains("77 services") || p.contains("99 chiffres"));
  }

  private static List<String> texts(Summary.Section section) {
    return section.passages().stream().map(Summary.Passage::text).toList();
  }
}
