package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.evaluate.Evaluation;
import fr.beta.bilans.evaluate.ReportScore;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The whole batch on the real corpus, as './bilans run' does it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusRunTest {

  private Path output;
  private RunResult result;

  @BeforeAll
  void runTheBatch(@TempDir Path dir) throws Exception {
    Path corpus = Corpus.folder();
    output = dir.resolve("output");
    RunOptions options =
        RunOptions.defaults(
            Path.of("input-pdfs/manifest.json"),
            dir.resolve("downloads"),
            List.of(corpus.resolve("reports"), corpus.resolve("summaries")),
            Optional.empty(),
            List.of(),
            output);
    result = new Pipeline(Progress.SILENT).run(options, new CatalogLoader().loadDefault());
  }

  @Test
  void processesEveryReportOfTheManifestWithVerifiedChecksums() throws Exception {
    assertThat(result.failures()).isEmpty();
    assertThat(result.processed()).isEqualTo(5);
    JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(run.path("schema").asText()).isEqualTo("bilans/run/1");
    assertThat(run.path("status").asText()).isEqualTo("disagreements");
    assertThat(run.path("exit_code").asInt()).isEqualTo(1);
    assertThat(run.path("problems").get(0).path("text").asText()).contains("258", "248", "page 10");
    assertThat(run.path("problems").get(0).path("id").asText())
        .isEqualTo("claim:bilans-du-programme.2025-03-14.md:services_active:2024");
    // The charts restate earlier years: the 2020 report's own figures for 2020 differ from them.
    assertThat(run.path("problems").findValuesAsText("id"))
        .contains(
            "restated:nps:2021-10",
            "running_total:national_impact_total:2024",
            "restated:new_public_agents:2020",
            "restated:active_members:2020");
    assertThat(run.path("new_since_last_run"))
        .as("a first run: everything is new")
        .hasSize(run.path("problems").size());
    assertThat(run.path("reports"))
        .hasSize(5)
        .allSatisfy(
            r -> {
              assertThat(r.path("outcome").asText()).isEqualTo("processed");
              assertThat(r.path("sha256").asText()).hasSize(64);
            });
    for (int year = 2020; year <= 2024; year++) {
      JsonNode document =
          new ObjectMapper()
              .readTree(output.resolve("reports/" + year + "/document.json").toFile());
      assertThat(document.path("report_year").asInt()).isEqualTo(year);
      assertThat(document.path("pages").size()).isEqualTo(document.path("page_count").asInt());
    }
  }

  @Test
  void readsEveryChartValueOfTheGroundTruthWithItsPageAndBox() throws Exception {
    fr.beta.bilans.testing.TesseractTool.required();
    ObjectMapper json = new ObjectMapper();
    List<String> charted = new java.util.ArrayList<>();
    for (JsonNode f : json.readTree(output.resolve("figures.json").toFile()).path("figures")) {
      if (f.path("method").asText().equals("chart") && f.path("bbox").size() == 4) {
        charted.add(placed(f.path("report_year").asInt(), f));
      }
    }
    List<String> expected = new java.util.ArrayList<>();
    for (int year = 2020; year <= 2024; year++) {
      JsonNode truth =
          json.readTree(Corpus.folder().resolve("groundtruth/" + year + ".json").toFile());
      for (JsonNode t : truth.path("figures")) {
        if (!t.path("text_layer").asBoolean(true)) {
          expected.add(placed(year, t));
        }
      }
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(31);
    assertThat(charted).containsAll(expected);
  }

  /** A figure or a truth entry as "2021 p31 new_public_agents 2019 81". */
  private static String placed(int reportYear, JsonNode f) {
    return String.join(
        " ",
        reportYear + " p" + f.path("page").asInt(),
        f.path("metric").asText(),
        f.path("period").asText(),
        f.path("value").asText());
  }

  @Test
  void findsTheKeyFiguresOfTheGroundTruthAboveTheTargets() throws Exception {
    List<ReportScore> scores =
        new Evaluation()
            .score(output.resolve("figures.json"), Corpus.folder().resolve("groundtruth"));
    ReportScore overall = scores.get(scores.size() - 1);
    assertThat(overall.precision()).as("precision").isGreaterThanOrEqualTo(0.98);
    assertThat(overall.recallTextLayer())
        .as("recall over the text layer")
        .isGreaterThanOrEqualTo(0.95);
    // With the values of the charts read by OCR (issue 11's bar).
    assertThat(overall.recall()).as("recall over every figure").isGreaterThanOrEqualTo(0.95);
    assertThat(scores)
        .allSatisfy(s -> assertThat(s.precision()).as(s.report()).isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void givesEveryClaimOfBothSummariesTheStatusThatClaimsJsonExpects() throws Exception {
    JsonNode expected =
        new ObjectMapper().readTree(Corpus.folder().resolve("groundtruth/claims.json").toFile());
    JsonNode actual =
        new ObjectMapper().readTree(output.resolve("reconciliation.json").toFile()).path("claims");
    int checked = 0;
    for (JsonNode summary : expected.path("summaries")) {
      String file = Path.of(summary.path("file").asText()).getFileName().toString();
      for (JsonNode claim : summary.path("claims")) {
        List<JsonNode> found = new java.util.ArrayList<>();
        actual.forEach(
            c -> {
              if (c.path("summary").asText().equals(file)
                  && c.path("section_year").asInt() == claim.path("section_year").asInt()
                  && c.path("value").decimalValue().compareTo(claim.path("value").decimalValue())
                      == 0) {
                found.add(c);
              }
            });
        assertThat(found)
            .as("%s %s: %s", file, claim.path("section_year"), claim.path("text"))
            .singleElement()
            .satisfies(
                c -> {
                  assertThat(c.path("metric").asText()).isEqualTo(claim.path("metric").asText());
                  assertThat(c.path("status").asText())
                      .isEqualTo(claim.path("expected_status").asText());
                  if (!claim.path("report_value").isNull()) {
                    assertThat(c.path("report_value").decimalValue())
                        .isEqualByComparingTo(claim.path("report_value").decimalValue());
                  }
                });
        checked++;
      }
    }
    assertThat(checked).isEqualTo(24);
    assertThat(actual).hasSize(24);
    assertThat(result.reconciliation().disagrees()).isEqualTo(1);
  }

  @Test
  void failsTheRunningTotalOf2024() throws Exception {
    JsonNode findings =
        new ObjectMapper()
            .readTree(output.resolve("reconciliation.json").toFile())
            .path("findings");
    List<JsonNode> total2024 = new java.util.ArrayList<>();
    findings.forEach(
        f -> {
          if (f.path("check").asText().equals("running_total")
              && f.path("metric").asText().equals("national_impact_total")
              && f.path("period").asText().equals("2024")) {
            total2024.add(f);
          }
        });
    assertThat(total2024)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("verdict").asText()).isEqualTo("failed");
              assertThat(f.path("arithmetic").asText())
                  .startsWith("24 (2023 report, page 8) + 7 new in 2024")
                  .contains("= 31", "states 30");
            });
  }

  @Test
  void showsTheReconciliationInABrowserWithEveryPictureAndNothingFetched(@TempDir Path profile)
      throws Exception {
    Path html = output.resolve("reconciliation.html");
    String source = java.nio.file.Files.readString(html);
    assertThat(source).doesNotContainPattern("(src|href)=\"https?:");
    org.openqa.selenium.chrome.ChromeDriver browser = fr.beta.bilans.testing.Browser.start(profile);
    try {
      browser.get(html.toUri().toString());
      assertThat(browser.getTitle()).isEqualTo("bilans — reconciliation");
      Object images = browser.executeScript("return document.images.length");
      Object broken =
          browser.executeScript(
              "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).length");
      Object fetched =
          browser.executeScript(
              "return performance.getEntriesByType('resource').filter(e => !e.name.startsWith('data:')).length");
      assertThat(((Number) images).intValue()).as("evidence pictures").isGreaterThan(20);
      assertThat(((Number) broken).intValue()).as("pictures that did not load").isZero();
      assertThat(((Number) fetched).intValue()).as("resources fetched").isZero();
      assertThat(browser.findElement(org.openqa.selenium.By.id("summary")).getText())
          .contains("19", "agree", "disagree");
      // The 30-second test: the disagreement, both its values and its picture, on the first
      // screen of a laptop, before any scrolling.
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
      browser.executeScript("window.scrollTo(0, 0)");
      Object disagreement =
          browser.executeScript(
              "const card = Array.from(document.querySelectorAll('#problems .card'))"
                  + ".find(c => c.textContent.includes('258') && c.textContent.includes('248'));"
                  + "if (!card) return null;"
                  + "const r = card.getBoundingClientRect(); const img = card.querySelector('img');"
                  + "return {bottom: r.bottom, right: r.right, height: window.innerHeight,"
                  + " width: window.innerWidth, picture: img ? img.getBoundingClientRect().bottom : -1};");
      assertThat(disagreement).as("the disagreement's card").isNotNull();
      @SuppressWarnings("unchecked")
      java.util.Map<String, Number> box = (java.util.Map<String, Number>) disagreement;
      assertThat(box.get("bottom").doubleValue())
          .isLessThanOrEqualTo(box.get("height").doubleValue());
      assertThat(box.get("right").doubleValue())
          .isLessThanOrEqualTo(box.get("width").doubleValue());
      assertThat(box.get("picture").doubleValue())
          .isPositive()
          .isLessThanOrEqualTo(box.get("height").doubleValue());
      // The failed restatement of the NPS of October 2021 is a red point of the NPS chart.
      Object redNps =
          browser.executeScript(
              "const chart = document.querySelector('.chart[data-metric=\"nps\"]');"
                  + "if (!chart) return [];"
                  + "return Array.from(chart.querySelectorAll('circle')).filter(c =>"
                  + " getComputedStyle(c).fill === 'rgb(208, 2, 27)').map(c => c.textContent);");
      assertThat((java.util.List<?>) redNps)
          .anySatisfy(t -> assertThat(t.toString()).startsWith("2021-10").contains("restated"));
      // Agreements are folded: the page is a few screens, not twenty.
      Object height = browser.executeScript("return document.documentElement.scrollHeight");
      assertThat(((Number) height).intValue()).isLessThan(9000);
      Path artifacts = java.nio.file.Files.createDirectories(Path.of("target/artifacts"));
      java.nio.file.Files.copy(
          browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
          artifacts.resolve("reconciliation-top.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }

  @Test
  void writesAWorkbookThatLibreOfficeOpensWithNumbersAsNumbersAndPeriodsAsText(@TempDir Path dir)
      throws Exception {
    fr.beta.bilans.testing.LibreOffice.sheetsToCsv(output.resolve("figures.xlsx"), dir);
    List<org.apache.commons.csv.CSVRecord> csv = records(output.resolve("figures.csv"));
    List<org.apache.commons.csv.CSVRecord> sheet = records(dir.resolve("figures-figures.csv"));
    assertThat(sheet).hasSameSizeAs(csv).hasSizeGreaterThan(100);
    for (int i = 0; i < csv.size(); i++) {
      org.apache.commons.csv.CSVRecord expected = csv.get(i);
      org.apache.commons.csv.CSVRecord read = sheet.get(i);
      assertThat(read.get("period")).as("row %d", i).isEqualTo(expected.get("period"));
      assertThat(new java.math.BigDecimal(read.get("value")))
          .as("row %d", i)
          .isEqualByComparingTo(expected.get("value"));
      assertThat(read.get("label")).isEqualTo(expected.get("label"));
    }
    assertThat(sheet)
        .anySatisfy(r -> assertThat(r.get("period")).matches("\\d{4}-\\d{2}(-\\d{2})?"));
    List<org.apache.commons.csv.CSVRecord> claims = records(dir.resolve("figures-claims.csv"));
    assertThat(claims).hasSize(24);
    assertThat(claims)
        .filteredOn(r -> r.get("status").equals("disagrees"))
        .singleElement()
        .satisfies(r -> assertThat(r.get("report value")).isEqualTo("248"));
    assertThat(records(dir.resolve("figures-cross-checks.csv")))
        .hasSize(
            result.reconciliation().findingsPassed() + result.reconciliation().findingsFailed());
  }

  private static List<org.apache.commons.csv.CSVRecord> records(Path file) throws Exception {
    try (var parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(java.nio.file.Files.newBufferedReader(file))) {
      return parser.getRecords();
    }
  }

  @Test
  void writesOutputsThatTheirJsonSchemasAccept() throws Exception {
    fr.beta.bilans.testing.Schemas.assertValid(output.resolve("figures.json"), "figures");
    fr.beta.bilans.testing.Schemas.assertValid(
        output.resolve("reconciliation.json"), "reconciliation");
    fr.beta.bilans.testing.Schemas.assertValid(output.resolve("run.json"), "run");
    for (int year = 2020; year <= 2024; year++) {
      fr.beta.bilans.testing.Schemas.assertValid(
          output.resolve("reports/" + year + "/document.json"), "document");
    }
  }

  @Test
  void writesTheFiguresCsvWithOneRowPerUniqueFigure() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(output.resolve("figures.csv"));
    assertThat(lines.get(0))
        .isEqualTo(
            "report,report_year,metric,period,kind,value,unit,qualifier,pages,conflict,label,"
                + "precision,method,currency");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "Bilan 2024 beta.gouv.fr.pdf,2024,program_budget_eur,2024,actual,5869442,eur,,23,false,"
                            + "Financement consacré au programme,0,sentence,EUR"));
    assertThat(lines).doesNotHaveDuplicates();
  }
}
