package fr.beta.bilans.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.LexicalRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Summary pages of other shapes than the programme's GitBook page: transcriptions, one year. */
class TranscriptionShapesTest {

  private static Catalog catalog;

  @BeforeAll
  static void loadCatalog() throws Exception {
    catalog = new CatalogLoader().loadDefault();
  }

  private static List<Claim> claims(String markdown) {
    return new ClaimFinder(catalog, new LexicalRecognizer(catalog))
        .claims(new SummaryParser().parse("page.md", markdown));
  }

  private static String fixture() throws Exception {
    return Files.readString(Path.of("fixtures/summaries/transcription-constructs.md"));
  }

  @Test
  void takesThePageYearFromTheFrontMatterAndDatesStatesByTheirHeading() throws Exception {
    Summary summary = new SummaryParser().parse("page.md", fixture());
    assertThat(summary.yearsToldBy()).isEqualTo("front matter title");
    assertThat(summary.sections()).extracting(Summary.Section::year).containsExactly(2031);

    assertThat(claims(fixture()))
        .filteredOn(c -> c.number().value().intValue() == 248)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.sectionYear()).isEqualTo(2031);
              assertThat(c.metric().map(m -> m.id().id())).hasValue("services_active");
              assertThat(c.period().iso()).startsWith("2032-01");
            });
  }

  @Test
  void readsATableCellByCellWithPeriodAndKindFromTheColumnHeader() throws Exception {
    assertThat(claims(fixture()))
        .filteredOn(c -> c.text().startsWith("Nombre de nouveaux agents publics"))
        .extracting(
            c -> c.metric().map(m -> m.id().id()).orElse("none"),
            c -> c.period().iso(),
            c -> c.kind().id(),
            c -> c.number().value().intValue())
        .containsExactly(
            tuple("new_public_agents", "2030", "actual", 154),
            tuple("new_public_agents", "2031", "target", 220),
            tuple("new_public_agents", "2031", "actual", 217));
    assertThat(claims(fixture()))
        .filteredOn(c -> c.number().value().intValue() == 296)
        .singleElement()
        .satisfies(c -> assertThat(c.period().iso()).isEqualTo("2031-11"));
  }

  @Test
  void readsTheTextOfHtmlBlocksButNotLinksFileSizesAttributesOrTemplateTags() throws Exception {
    List<Integer> values =
        claims(fixture()).stream().map(c -> c.number().value().intValue()).toList();
    assertThat(values).contains(59, 296).doesNotContain(604, 77, 99, 88);
    assertThat(claims(fixture()))
        .filteredOn(c -> c.number().value().intValue() == 59)
        .singleElement()
        .satisfies(c -> assertThat(c.picture()).isTrue());
  }

  @Test
  void opensSectionsAtYearHeadingsOfAnyLevelAndSuffixOnAPageOfSeveralYears() {
    Summary summary =
        new SummaryParser()
            .parse(
                "page.md",
                """
                # Les bilans

                ## Bilan 2032 (en construction)

                12 nouvelles administrations ont rejoint le réseau.

                ### En janvier 2033

                - 40 investigations en cours

                ### Bilan 2031 <a href="#b" id="b"></a>

                9 nouveaux services à impact national.
                """);
    assertThat(summary.yearsToldBy()).isEqualTo("year headings");
    assertThat(summary.sections())
        .extracting(Summary.Section::year, s -> s.passages().size())
        .containsExactly(tuple(2032, 2), tuple(2031, 1));

    Summary oneYear = new SummaryParser().parse("page.md", "# Bilan 2021 du programme\n\n7 EIG.\n");
    assertThat(oneYear.yearsToldBy()).isEqualTo("first heading");
    assertThat(oneYear.sections()).extracting(Summary.Section::year).containsExactly(2021);
  }
}
