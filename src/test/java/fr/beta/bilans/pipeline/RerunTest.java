package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.testing.CorruptPdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerunTest {

  @TempDir Path dir;

  private Path input;
  private Path output;

  @BeforeEach
  void twoReports() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    output = dir.resolve("out");
    CorruptPdfs.report(input.resolve("Bilan 2030.pdf"), 2030);
    CorruptPdfs.report(input.resolve("Bilan 2031.pdf"), 2031);
  }

  private RunResult run(Catalog catalog, boolean force) throws Exception {
    return run(catalog, force, java.time.Duration.ofMinutes(2));
  }

  private RunResult run(Catalog catalog, boolean force, java.time.Duration timeout)
      throws Exception {
    RunOptions defaults =
        RunOptions.defaults(
            dir.resolve("none.json"), dir, List.of(), Optional.of(input), List.of(), output);
    RunOptions options =
        new RunOptions(
            defaults.manifest(),
            defaults.downloadFolder(),
            defaults.corpusFolders(),
            false,
            defaults.inputFolder(),
            defaults.summaries(),
            true,
            output,
            Optional.empty(),
            Optional.empty(),
            java.util.OptionalInt.empty(),
            Optional.empty(),
            2,
            force,
            false,
            timeout,
            defaults.limits(),
            defaults.ocrCache());
    return new Pipeline(Progress.SILENT).run(options, catalog);
  }

  private Map<String, String> outputsButTheRunRecord() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = output.relativize(file).toString();
        if (!name.equals("run.json") && !name.startsWith(".")) {
          files.put(name, Files.readString(file, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }

  private JsonNode runRecord() throws IOException {
    return new ObjectMapper().readTree(output.resolve("run.json").toFile());
  }

  @Test
  void aRerunWithNothingChangedExtractsNothingAndLeavesTheOutputsByteIdentical() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    RunResult first = run(catalog, false);
    Map<String, String> before = outputsButTheRunRecord();
    assertThat(first.reusedPrevious()).isFalse();

    RunResult second = run(catalog, false);

    assertThat(second.reusedPrevious()).isTrue();
    assertThat(second.figures()).isEqualTo(first.figures());
    assertThat(outputsButTheRunRecord()).isEqualTo(before);
    assertThat(runRecord().path("reused_outputs").asBoolean()).isTrue();
  }

  @Test
  void aChangedCatalogRematchesWithoutExtractingAgain() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    run(catalog, false);
    byte[] changed =
        (new String(
                    getClass().getResourceAsStream(CatalogLoader.DEFAULT_RESOURCE).readAllBytes(),
                    StandardCharsets.UTF_8)
                + "\n# an analyst's edit\n")
            .getBytes(StandardCharsets.UTF_8);

    RunResult rerun = run(new CatalogLoader().load(changed, "edited.yaml"), false);

    assertThat(rerun.reusedPrevious()).isFalse();
    assertThat(runRecord().path("reports"))
        .hasSize(2)
        .allSatisfy(
            r -> assertThat(r.path("from_cache").asBoolean()).as(r.path("file").asText()).isTrue());
  }

  @Test
  void forceIgnoresTheCache() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    run(catalog, false);
    RunResult forced = run(catalog, true);
    assertThat(forced.reusedPrevious()).isFalse();
    assertThat(runRecord().path("reports"))
        .allSatisfy(r -> assertThat(r.path("from_cache").asBoolean()).isFalse());
  }

  @Test
  void aChangedReportIsExtractedAgainAndTheOtherIsNot() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    run(catalog, false);
    new fr.beta.bilans.testing.PdfBuilder()
        .title("Bilan 2031 beta.gouv.fr")
        .text(80, 200, 60, "44")
        .text(60, 230, 16, "investigations en cours")
        .write(input.resolve("Bilan 2031.pdf"));

    run(catalog, false);

    JsonNode reports = runRecord().path("reports");
    assertThat(reports.get(0).path("from_cache").asBoolean()).isTrue();
    assertThat(reports.get(1).path("from_cache").asBoolean()).isFalse();
    assertThat(Files.readString(output.resolve("figures.csv")))
        .contains("2031,actual,44")
        .doesNotContain("2031,actual,41");
  }

  @Test
  void theRunRecordListsEveryOutputWithItsChecksum() throws Exception {
    run(new CatalogLoader().loadDefault(), false);
    JsonNode outputs = runRecord().path("outputs");
    assertThat(outputs.fieldNames())
        .toIterable()
        .contains(
            "figures.json",
            "figures.csv",
            "reconciliation.json",
            "reconciliation.md",
            "reconciliation.html",
            "reports/2030/document.json",
            "reports/2031/document.json");
    var fields = outputs.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      assertThat(fr.beta.bilans.acquire.Checksums.sha256(output.resolve(entry.getKey())))
          .as(entry.getKey())
          .isEqualTo(entry.getValue().asText());
    }
  }

  @Test
  void aRerunWithAnotherTimeoutRecomputesInsteadOfKeepingTheLastOutputs() throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    run(catalog, false);
    assertThat(run(catalog, false).reusedPrevious()).isTrue();

    assertThat(run(catalog, false, java.time.Duration.ofSeconds(30)).reusedPrevious()).isFalse();
    assertThat(run(catalog, false, java.time.Duration.ofSeconds(30)).reusedPrevious()).isTrue();
  }
}
