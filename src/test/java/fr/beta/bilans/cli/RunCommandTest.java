package fr.beta.bilans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.PdfBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  private int bilans(String... args) {
    return cli.run(args);
  }

  @Test
  void processesAFolderGoesOnPastABadFileAndExitsOne() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    new PdfBuilder()
        .title("Bilan 2031 beta.gouv.fr")
        .text(80, 200, 60, "41")
        .text(60, 230, 16, "investigations en cours")
        .write(input.resolve("rapport « annuel » l'an 2031.pdf"));
    Files.writeString(input.resolve("broken.pdf"), "<html>404</html>");
    Path output = dir.resolve("out");

    int exit = bilans("run", "--input", input.toString(), "--output", output.toString(), "--quiet");

    assertThat(exit).isEqualTo(1);
    assertThat(cli.err()).contains("broken.pdf: extract failed: not a PDF");
    JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(run.path("reports")).hasSize(2);
    assertThat(run.path("status").asText()).isEqualTo("failures");
    assertThat(run.path("exit_code").asInt()).isEqualTo(1);
    assertThat(run.path("errors").get(0).asText()).contains("broken.pdf: extract failed");
    JsonNode ok = run.path("reports").get(1);
    assertThat(ok.path("file").asText()).isEqualTo("rapport « annuel » l'an 2031.pdf");
    assertThat(ok.path("report_year").asInt()).isEqualTo(2031);
    assertThat(ok.path("report_year_source").asText()).isEqualTo("title metadata");
    assertThat(output.resolve("reports/2031/document.json")).exists();
    assertThat(Files.readString(output.resolve("figures.csv")))
        .contains("investigations_in_progress,2031,actual,41");
  }

  /** Runs bilans on a folder holding only this PDF; gives the run record's entry for it. */
  private JsonNode runAlone(PdfBuilder pdf, String fileName) throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    pdf.write(input.resolve(fileName));
    assertThat(
            bilans(
                "run",
                "--input",
                input.toString(),
                "--output",
                dir.resolve("out").toString(),
                "-q"))
        .isZero();
    return new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).path("reports").get(0);
  }

  @Test
  void infersTheYearFromTheFileNameWhenTheDocumentDoesNotTellIt() throws Exception {
    JsonNode report = runAlone(new PdfBuilder().text(80, 200, 20, "Rapport"), "bilan-2032.pdf");
    assertThat(report.path("report_year_source").asText()).isEqualTo("file name");
  }

  @Test
  void infersTheYearFromAnXmpTitleWhenTheInformationDictionaryHasNone() throws Exception {
    JsonNode report =
        runAlone(
            new PdfBuilder().xmpTitle("Bilan 2033 beta.gouv.fr").text(80, 200, 20, "Rapport"),
            "rapport.pdf");
    assertThat(report.path("report_year").asInt()).isEqualTo(2033);
    assertThat(report.path("report_year_source").asText()).isEqualTo("title metadata");
  }

  @Test
  void refusesAMalformedCatalogBeforeAnyWork() throws Exception {
    Path catalog =
        Files.writeString(
            dir.resolve("catalog.yaml"), "version: 1\nmetrics:\n  - id: x\n    unit: parsecs\n");
    int exit =
        bilans("run", "--catalog", catalog.toString(), "--output", dir.resolve("out").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(cli.err())
        .contains("metrics[0] (x).unit (line 4, column 11): unknown unit 'parsecs'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void teachesItsCommandsAndExitCodes() {
    assertThat(bilans("--help")).isZero();
    assertThat(cli.out()).contains("run", "extract", "evaluate", "catalog", "Exit codes");
    assertThat(bilans("run", "--help")).isZero();
    assertThat(cli.out()).contains("--input", "--summary", "--output", "./bilans run");
  }

  @Test
  void rejectsAnUnknownOptionWithExitTwo() {
    assertThat(bilans("run", "--no-such-option")).isEqualTo(2);
    assertThat(cli.err()).contains("Unknown option");
  }

  @Test
  void checksACatalogFile() throws Exception {
    assertThat(bilans("catalog", "check")).isZero();
    assertThat(cli.out()).contains("built-in catalog: valid, 28 metrics");
  }

  /** The outputs of a first good run on a folder of one report: their run record's bytes. */
  private byte[] goodRun(Path input, Path output) throws Exception {
    Files.createDirectories(input);
    new PdfBuilder()
        .title("Bilan 2031 beta.gouv.fr")
        .text(80, 200, 60, "41")
        .text(60, 230, 16, "investigations en cours")
        .write(input.resolve("Bilan 2031.pdf"));
    assertThat(
            bilans(
                "run",
                "--input",
                input.toString(),
                "--corpus",
                fr.beta.bilans.testing.Corpus.folder().toString(),
                "--output",
                output.toString(),
                "-q"))
        .isEqualTo(0);
    return Files.readAllBytes(output.resolve("run.json"));
  }

  @Test
  void refusesANamedInputThatIsNotThereBeforeAnyWorkAndKeepsTheLastOutputs() throws Exception {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    byte[] before = goodRun(input, output);

    int exit =
        bilans(
            "run",
            "--input",
            input.toString(),
            "--summary",
            dir.resolve("nope.md").toString(),
            "--output",
            output.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err())
        .contains("--summary " + dir.resolve("nope.md") + ": no such file")
        .contains("nothing was run; the last outputs stay as they are");
    assertThat(Files.readAllBytes(output.resolve("run.json"))).isEqualTo(before);
  }

  @Test
  void publishesNothingWhenNoReportCanBeReadAndRecordsTheAttempt() throws Exception {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    byte[] before = goodRun(input, output);
    Files.delete(input.resolve("Bilan 2031.pdf"));
    Files.writeString(input.resolve("Bilan 2032.pdf"), "<html>404</html>");

    int exit = bilans("run", "--input", input.toString(), "--output", output.toString(), "-q");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("no report could be read");
    assertThat(Files.readAllBytes(output.resolve("run.json"))).isEqualTo(before);
    assertThat(output.resolve("reports/2031/document.json")).exists();
    JsonNode failed = new ObjectMapper().readTree(output.resolve("failed-run.json").toFile());
    assertThat(failed.path("reports").get(0).path("error").asText()).contains("not a PDF");
  }

  @Test
  void namesTheReasonWhenTheFileToExtractIsNotThere() {
    int exit = bilans("extract", dir.resolve("nope.pdf").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains(dir.resolve("nope.pdf") + ": no such file");
  }

  @Test
  void checksAFolderOfReportsAgainstTheManifestsSummariesUnlessToldNot() throws Exception {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    goodRun(input, output); // with the manifest's summaries, found in the corpus
    JsonNode claims =
        new ObjectMapper().readTree(output.resolve("reconciliation.json").toFile()).path("claims");
    assertThat(claims).isNotEmpty();
    assertThat(claims)
        .allSatisfy(c -> assertThat(c.path("summary").asText()).startsWith("bilans-du-programme"));

    int exit =
        bilans(
            "run",
            "--input",
            input.toString(),
            "--no-summaries",
            "--output",
            output.toString(),
            "-q");

    assertThat(exit).isEqualTo(0);
    assertThat(
            new ObjectMapper()
                .readTree(output.resolve("reconciliation.json").toFile())
                .path("claims"))
        .isEmpty();
  }

  @Test
  void listsTheOtherDocumentsOfAFolderAsSkippedWithoutFailingTheRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("notes.txt"), "à relire");
    Path output = dir.resolve("out");

    goodRun(input, output);

    JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(run.path("status").asText()).isEqualTo("clean");
    assertThat(run.path("reports")).hasSize(1);
    assertThat(run.path("skipped"))
        .singleElement()
        .satisfies(s -> assertThat(s.asText()).startsWith("notes.txt: not a PDF"));
  }

  @Test
  void skipsTheManifestsSummariesThatAreNotAtHandOnAFoldersRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    new PdfBuilder()
        .title("Bilan 2031 beta.gouv.fr")
        .text(80, 200, 60, "41")
        .text(60, 230, 16, "investigations en cours")
        .write(input.resolve("Bilan 2031.pdf"));
    Path nowhere = Files.createDirectories(dir.resolve("no-corpus"));
    Path output = dir.resolve("out");

    int exit =
        bilans(
            "run",
            "--input",
            input.toString(),
            "--corpus",
            nowhere.toString(),
            "--output",
            output.toString(),
            "-q");

    assertThat(exit).isEqualTo(0);
    JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(run.path("errors")).isEmpty();
    assertThat(run.path("skipped"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.asText()).contains("the manifest's summary is not at hand"));
  }

  @Test
  void publishesNothingWhenNoReportOfTheManifestCanBeFound() throws Exception {
    Path emptyCorpus = Files.createDirectories(dir.resolve("empty-corpus"));
    Path output = dir.resolve("out");

    int exit =
        bilans(
            "run",
            "--corpus",
            emptyCorpus.toString(),
            "--offline",
            "--output",
            output.toString(),
            "-q");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("acquire failed", "no report could be read");
    assertThat(output.resolve("run.json")).doesNotExist();
    assertThat(output.resolve("failed-run.json")).exists();
  }

  @Test
  void readsAFiscalYearAsTheYearItEndsAndTakesTheYearGivenWithYear() throws Exception {
    Path input = Files.createDirectories(dir.resolve("fiscal"));
    new PdfBuilder()
        .title("Rapport annuel, exercice 2030-31")
        .text(60, 100, 16, "154 nouveaux agents publics ont rejoint la communauté.")
        .write(input.resolve("rapport.pdf"));
    Path output = dir.resolve("out-fiscal");

    bilans("run", "--input", input.toString(), "--no-summaries", "--output", output.toString());
    JsonNode report =
        new ObjectMapper().readTree(output.resolve("run.json").toFile()).path("reports").get(0);
    assertThat(report.path("report_year").asInt()).isEqualTo(2031);
    assertThat(report.path("report_period").asText()).isEqualTo("2030-2031");

    bilans(
        "run",
        "--input",
        input.toString(),
        "--no-summaries",
        "--year",
        "2029",
        "--output",
        output.toString());
    report =
        new ObjectMapper().readTree(output.resolve("run.json").toFile()).path("reports").get(0);
    assertThat(report.path("report_year").asInt()).isEqualTo(2029);
    assertThat(report.path("report_year_source").asText()).isEqualTo("--year");
  }
}
