package fr.beta.bilans.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.LexicalRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

  private static ClaimFinder finder() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    return new ClaimFinder(catalog, new LexicalRecognizer(catalog));
  }

  @Test
  void turnsEachNumberOfAYearSectionIntoAClaimAndNoYearDateOrDurationIntoOne() throws Exception {
    Summary summary =
        new SummaryParser()
            .parse(
                "page.md", Files.readString(Path.of("fixtures/summaries/gitbook-constructs.md")));
    List<Claim> claims = finder().claims(summary);
    assertThat(claims)
        .extracting(
            Claim::sectionYear,
            c -> c.metric().map(m -> m.id().id()).orElse("none"),
            c -> c.period().iso(),
            c -> c.number().value().intValue())
        .containsExactly(
            tuple(2031, "new_partner_administrations", "2031", 12),
            tuple(2031, "national_impact_total", "2031", 41),
            tuple(2031, "national_impact_new", "2031", 9),
            tuple(2031, "products_construction_started", "2032", 60),
            tuple(2031, "none", "2031", 3),
            tuple(2030, "services_active", "2030", 301),
            tuple(2030, "national_impact_total", "2030", 33));
  }

  @Test
  void quotesTheClauseOfEachClaim() throws Exception {
    Summary summary =
        new SummaryParser()
            .parse(
                "page.md",
                "## Bilan 2031\n\n"
                    + "* 41 services numériques à impact national au total, dont 9 nommés en 2031 ;\n");
    List<Claim> claims = finder().claims(summary);
    assertThat(claims)
        .extracting(Claim::text)
        .containsExactly(
            "41 services numériques à impact national au total", "dont 9 nommés en 2031");
  }
}
