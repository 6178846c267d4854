package fr.beta.bilans.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.CatalogSource;
import fr.beta.bilans.pipeline.Pipeline;
import fr.beta.bilans.pipeline.Progress;
import fr.beta.bilans.pipeline.RunOptions;
import fr.beta.bilans.pipeline.RunResult;
import fr.beta.bilans.testing.Corpus;
import fr.beta.bilans.testing.TesseractTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on the five corpus reports, a truncated PDF and a text file, against a
 * local run of the same folder; then again unchanged, then with another catalog. The tests run in
 * order: each job updates the same output folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BilansJobCorpusTest {

  private static final String BROKEN = "Bilan 2019 tronqué.pdf";
  private static final String NOT_A_PDF = "notes.txt";

  private Path dir;
  private SparkSession spark;
  private Path input;
  private Path output;
  private List<Path> summaries;
  private BilansJob.Outcome first;
  private RunResult local;

  @BeforeAll
  void runTheJobAndTheLocalRun(@TempDir Path temp) throws Exception {
    dir = temp;
    Path corpus = Corpus.folder();
    // The job's executors read the pictures as the local run does: both need tesseract.
    TesseractTool.required();
    input = Files.createDirectories(dir.resolve("reports"));
    try (Stream<Path> reports = Files.list(corpus.resolve("reports"))) {
      for (Path report : reports.toList()) {
        Files.copy(report, input.resolve(report.getFileName().toString()));
      }
    }
    byte[] whole = Files.readAllBytes(Corpus.report(2021));
    Files.write(input.resolve(BROKEN), java.util.Arrays.copyOf(whole, 3000));
    Files.writeString(input.resolve(NOT_A_PDF), "not a report\n");
    try (Stream<Path> files = Files.list(corpus.resolve("summaries"))) {
      summaries = files.sorted().toList();
    }
    output = dir.resolve("tables");
    spark = LocalSpark.session();
    first = job("beta").run(spark);

    RunOptions options =
        RunOptions.defaults(
            dir.resolve("no-manifest.json"),
            dir.resolve("downloads"),
            List.of(),
            Optional.of(input),
            summaries,
            dir.resolve("local"));
    local = new Pipeline(Progress.SILENT).run(options, new CatalogLoader().loadDefault());
  }

  @Test
  @Order(1)
  void everyFileIsARowOfTheReportsTableTheFailedOnesWithTheirError() {
    assertThat(first.files()).isEqualTo(7);
    assertThat(first.hashed()).isEqualTo(7);
    assertThat(first.readAnew()).isEqualTo(7);
    Map<String, Row> reports = reports();
    assertThat(reports).hasSize(7);
    assertThat(reports.values().stream().filter(r -> "processed".equals(r.getAs("outcome"))))
        .hasSize(5)
        .allSatisfy(
            r -> {
              assertThat((Integer) r.getAs("figures")).isPositive();
              assertThat((Integer) r.getAs(Tables.YEAR)).isBetween(2020, 2024);
              assertThat((String) r.getAs("report_year_source")).isNotBlank();
            });
    Row broken = reports.get(BROKEN);
    assertThat((String) broken.getAs("outcome")).isEqualTo("failed");
    assertThat((String) broken.getAs("stage")).isEqualTo("extract");
    assertThat((String) broken.getAs("error")).isNotBlank();
    Row text = reports.get(NOT_A_PDF);
    assertThat((String) text.getAs("outcome")).isEqualTo("failed");
    assertThat((String) text.getAs("error")).containsIgnoringCase("pdf");
    assertThat(output.resolve(Tables.FIGURES).resolve("report_year=2023")).isDirectory();
    assertThat(output.resolve(Tables.MENTIONS).resolve("report_year=2020")).isDirectory();
  }

  @Test
  @Order(2)
  void theFiguresAndTheReconciliationAreTheLocalRuns() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path reconciliation = output.resolve("reconciliation");
    JsonNode figures = json.readTree(reconciliation.resolve("figures.json").toFile());
    JsonNode expected = json.readTree(dir.resolve("local").resolve("figures.json").toFile());
    assertThat(figures.path("figures")).hasSizeGreaterThan(100);
    assertThat(figures).isEqualTo(expected);
    assertThat(claims(json.readTree(reconciliation.resolve("reconciliation.json").toFile())))
        .isEqualTo(
            claims(json.readTree(dir.resolve("local").resolve("reconciliation.json").toFile())));
    assertThat(first.exitCode()).isEqualTo(local.exitCode()).isEqualTo(1);
    // The table holds each report's figures before the check across the series: all of the run's.
    Set<String> table = new HashSet<>();
    for (Row r :
        spark
            .read()
            .parquet(output.resolve(Tables.FIGURES).toString())
            .select("report", "metric", "period", "kind", "value", "page", "text")
            .collectAsList()) {
      table.add(
          String.join(
              "|",
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getDecimal(4).stripTrailingZeros().toPlainString(),
              Integer.toString(r.getInt(5)),
              r.getString(6)));
    }
    for (JsonNode f : figures.path("figures")) {
      assertThat(table)
          .contains(
              String.join(
                  "|",
                  f.path("report").asText(),
                  f.path("metric").asText(),
                  f.path("period").asText(),
                  f.path("kind").asText(),
                  f.path("value").decimalValue().stripTrailingZeros().toPlainString(),
                  f.path("page").asText(),
                  f.path("text").asText()));
    }
  }

  @Test
  @Order(3)
  void aSecondJobReadsNothingAgain() throws Exception {
    List<String> before = tableFiles();
    BilansJob.Outcome second = job("beta").run(spark);
    assertThat(second.files()).isEqualTo(7);
    assertThat(second.hashed()).as("unchanged files are not even read").isZero();
    assertThat(second.readAnew()).isZero();
    assertThat(tableFiles()).isEqualTo(before);
    assertThat(reports()).hasSize(7);
  }

  @Test
  @Order(4)
  void anotherCatalogMatchesAgainWithoutExtractingAgain() throws Exception {
    Path catalog = dir.resolve("beta-changed.yaml");
    Files.write(catalog, CatalogSource.builtIn().bytes());
    Files.writeString(
        catalog,
        "\n# a comment: other bytes, same metrics\n",
        java.nio.file.StandardOpenOption.APPEND);
    BilansJob.Outcome third = job(catalog.toString()).run(spark);
    assertThat(third.readAnew()).isEqualTo(7);
    Map<String, Row> reports = reports();
    assertThat(reports).hasSize(7);
    assertThat(
            reports.values().stream()
                .filter(r -> "processed".equals(r.getAs("outcome")))
                .map(r -> (Boolean) r.getAs("extraction_reused")))
        .hasSize(5)
        .containsOnly(true);
    assertThat(
            spark
                .read()
                .parquet(output.resolve(Tables.REPORTS).toString())
                .select("catalog_sha256")
                .distinct()
                .count())
        .as("the rows of the earlier catalog are replaced, not kept beside")
        .isEqualTo(1);
    JsonNode figures =
        new ObjectMapper()
            .readTree(output.resolve("reconciliation").resolve("figures.json").toFile());
    assertThat(figures)
        .isEqualTo(
            new ObjectMapper().readTree(dir.resolve("local").resolve("figures.json").toFile()));
  }

  private BilansJob job(String catalog) {
    BilansJob job = new BilansJob();
    job.input = input.toString();
    job.output = output.toString();
    job.catalog = catalog;
    job.summaries = summaries;
    return job;
  }

  private Map<String, Row> reports() {
    Map<String, Row> byName = new TreeMap<>();
    spark
        .read()
        .parquet(output.resolve(Tables.REPORTS).toString())
        .collectAsList()
        .forEach(r -> byName.put(r.getAs("report"), r));
    return byName;
  }

  private List<String> tableFiles() throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .filter(p -> p.toString().endsWith(".parquet"))
          .map(p -> output.relativize(p).toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The claims, keyed so that the order of the summaries does not matter. */
  private static Map<String, JsonNode> claims(JsonNode reconciliation) {
    Map<String, JsonNode> claims = new TreeMap<>();
    for (JsonNode c : reconciliation.path("claims")) {
      claims.put(
          c.path("summary").asText() + "|" + c.path("section_year") + "|" + c.path("text"), c);
    }
    return claims;
  }
}
