package fr.beta.bilans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.PdfBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog explain}: what the matcher saw of one metric, and why each number went where. */
class CatalogExplainTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  private int bilans(String... args) {
    return cli.run(args);
  }

  @Test
  void showsPageByPageTheNumbersThatScoredAndWhyEachWasKeptOrDropped() throws Exception {
    Path pdf =
        new PdfBuilder()
            .title("Bilan 2031")
            .text(60, 100, 16, "154 nouveaux agents publics ont rejoint la communauté en 2031.")
            .newPage()
            .text(60, 100, 16, "En 2031, 45 % des nouveaux agents publics ont rejoint une startup.")
            .write(dir.resolve("Bilan 2031.pdf"));

    int exit = bilans("catalog", "explain", "new_public_agents", pdf.toString());

    assertThat(exit).isEqualTo(0);
    String text = cli.out();
    assertThat(text)
        .startsWith("new_public_agents (Nouveaux agents publics embarqués, count, flow)")
        .contains("report year 2031", "page 1", "page 2");
    assertThat(text.substring(text.indexOf("page 1"), text.indexOf("page 2")))
        .contains("154", "score", "kept: 2031 actual");
    assertThat(text.substring(text.indexOf("page 2")))
        .contains("45 %", "dropped: the metric's unit is count, the number shows percent");
  }

  @Test
  void namesTheMetricsOfTheCatalogWhenTheOneAskedIsNotThere() throws Exception {
    Path pdf = new PdfBuilder().text(60, 100, 16, "Bilan 2031").write(dir.resolve("b.pdf"));

    assertThat(bilans("catalog", "explain", "agents", pdf.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no metric 'agents'", "new_public_agents");
  }

  @Test
  void draftsAValidStarterCatalogFromAReportThatFindsItsOwnFigures() throws Exception {
    Path pdf =
        new PdfBuilder()
            .title("Annual report 2031")
            .text(60, 100, 16, "1,324 federal public servants attended our product demos.")
            .newPage()
            .text(60, 100, 16, "The team answered 1,946 support tickets in the year.")
            .text(60, 140, 12, "This is the annual report of the team, and it is about the work")
            .text(60, 160, 12, "of the people of the team in the year, with the help of all of")
            .text(60, 180, 12, "the partners who are with us in the work that we do for the")
            .text(60, 200, 12, "people of the country, and of the teams that are in the network.")
            .write(dir.resolve("report.pdf"));
    Path draft = dir.resolve("draft.yaml");

    assertThat(bilans("catalog", "draft", pdf.toString(), "-o", draft.toString())).isEqualTo(0);

    String yaml = java.nio.file.Files.readString(draft);
    assertThat(yaml).contains("languages: [en]", "- id: federal_public_servants", "# page 1:");
    cli.clear();
    assertThat(bilans("catalog", "check", draft.toString())).isEqualTo(0);
    assertThat(cli.out()).contains("valid, 2 metrics");

    // Unpruned, the draft already finds the figures it was drafted from.
    Path input = java.nio.file.Files.createDirectories(dir.resolve("drafted"));
    java.nio.file.Files.copy(pdf, input.resolve("report.pdf"));
    Path output = dir.resolve("drafted-out");
    bilans(
        "run",
        "--input",
        input.toString(),
        "--catalog",
        draft.toString(),
        "--no-summaries",
        "--output",
        output.toString());
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(output.resolve("figures.json").toFile())
                .findValuesAsText("value"))
        .contains("1324", "1946");
  }

  @Test
  void saysWhenTooFewWordsTellTheLanguageOfNumbersThatReadDifferentlyInAnother() throws Exception {
    Path input = java.nio.file.Files.createDirectories(dir.resolve("in"));
    new PdfBuilder()
        .title("Report 2031")
        .text(60, 100, 16, "1,324 visits")
        .write(input.resolve("short.pdf"));
    Path output = dir.resolve("out");

    bilans("run", "--input", input.toString(), "--no-summaries", "--output", output.toString());

    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(output.resolve("run.json").toFile())
                .path("warnings")
                .toString())
        .contains("too few words to tell the report's language", "1,324");
  }

  @Test
  void readsEveryReportInTheLanguageGivenWithLanguage() throws Exception {
    Path input = java.nio.file.Files.createDirectories(dir.resolve("in-en"));
    new PdfBuilder()
        .title("Report 2031")
        .text(60, 100, 16, "1,324 visits")
        .write(input.resolve("short.pdf"));
    Path output = dir.resolve("out-en");

    bilans(
        "run",
        "--input",
        input.toString(),
        "--no-summaries",
        "--language",
        "en",
        "--output",
        output.toString());

    com.fasterxml.jackson.databind.JsonNode run =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(output.resolve("run.json").toFile());
    com.fasterxml.jackson.databind.JsonNode document =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                output.resolve(run.path("reports").get(0).path("document").asText()).toFile());
    assertThat(document.path("locale").asText()).isEqualTo("en");
    assertThat(document.path("mentions").get(0).path("value").asInt()).isEqualTo(1324);
    assertThat(run.path("warnings").toString()).doesNotContain("too few words");
    assertThat(bilans("run", "--language", "de", "--output", output.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("'de' is not a language bilans reads (fr, en)");
  }
}
