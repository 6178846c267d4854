package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.testing.Corpus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The website's transcriptions of the 2023 and 2024 reports checked against their PDFs: of the
 * numbers a transcription states that its report's text layer also prints, nearly all agree, and
 * what disagrees is rare. (Numbers told describing a picture are counted only when they agree: the
 * report draws them.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptionCorpusTest {

  private Path output;

  @BeforeAll
  void runWithTheTranscriptions(@TempDir Path dir) throws Exception {
    Path corpus = Corpus.folder();
    output = dir.resolve("output");
    RunOptions options =
        RunOptions.defaults(
            Path.of("input-pdfs/manifest.json"),
            dir.resolve("downloads"),
            List.of(corpus.resolve("reports"), corpus.resolve("summaries")),
            Optional.empty(),
            List.of(
                corpus.resolve("transcriptions/bilan-2023.site.md"),
                corpus.resolve("transcriptions/bilan-2024.site.md")),
            output);
    new Pipeline(Progress.SILENT).run(options, new CatalogLoader().loadDefault());
  }

  @Test
  void agreesWithNearlyEveryNumberTheReportPrintsAndDisagreesRarely() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode run = json.readTree(output.resolve("run.json").toFile());
    Map<Integer, Set<BigDecimal>> printed = new HashMap<>();
    for (JsonNode report : run.path("reports")) {
      Set<BigDecimal> values = new HashSet<>();
      json.readTree(output.resolve(report.path("document").asText()).toFile())
          .path("mentions")
          .forEach(m -> values.add(m.path("value").decimalValue().stripTrailingZeros()));
      printed.put(report.path("report_year").asInt(), values);
    }
    Map<String, int[]> bySummary = new HashMap<>();
    int disagreements = 0;
    for (JsonNode c :
        json.readTree(output.resolve("reconciliation.json").toFile()).path("claims")) {
      String status = c.path("status").asText();
      disagreements += status.equals("disagrees") ? 1 : 0;
      Set<BigDecimal> values = printed.getOrDefault(c.path("section_year").asInt(), Set.of());
      boolean drawn = c.path("in_picture").asBoolean() && !status.equals("agrees");
      if (!drawn && values.contains(c.path("value").decimalValue().stripTrailingZeros())) {
        int[] counts = bySummary.computeIfAbsent(c.path("summary").asText(), s -> new int[2]);
        counts[0] += status.equals("agrees") ? 1 : 0;
        counts[1]++;
      }
    }
    assertThat(bySummary).containsOnlyKeys("bilan-2023.site.md", "bilan-2024.site.md");
    bySummary.forEach(
        (summary, counts) ->
            assertThat(counts[0] / (double) counts[1])
                .as("%s: %d of %d printed numbers agree", summary, counts[0], counts[1])
                .isGreaterThanOrEqualTo(0.90));
    assertThat(disagreements).isLessThanOrEqualTo(2);
    assertThat(run.path("summaries"))
        .allSatisfy(
            s -> assertThat(s.path("years_told_by").asText()).isEqualTo("front matter title"));
  }
}
