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
    RunOptions options = new RunOptions(Path.of("input-pdfs/manifest.json"), dir.resolve("downloads"),
        List.of(corpus.resolve("reports"), corpus.resolve("summaries")), false, Optional.empty(),
        List.of(), output, Optional.empty(), 2);
    result = new Pipeline(Progress.SILENT).run(options, new CatalogLoader().loadDefault());
  }

  @Test
  void processesEveryReportOfTheManifestWithVerifiedChecksums() throws Exception {
    assertThat(result.failedReports()).isZero();
    assertThat(result.reports()).hasSize(5);
    JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(run.path("schema").asText()).isEqualTo("bilans/run/1");
    assertThat(run.path("reports")).hasSize(5).allSatisfy(r -> {
      assertThat(r.path("outcome").asText()).isEqualTo("processed");
      assertThat(r.path("sha256").asText()).hasSize(64);
    });
    for (int year = 2020; year <= 2024; year++) {
      JsonNode document = new ObjectMapper().readTree(output.resolve("reports/" + year + "/document.json").toFile());
      assertThat(document.path("report_year").asInt()).isEqualTo(year);
      assertThat(document.path("pages").size()).isEqualTo(document.path("page_count").asInt());
    }
  }

  @Test
  void findsTheKeyFiguresOfTheGroundTruthAboveTheTargets() throws Exception {
    List<ReportScore> scores = new Evaluation().score(output.resolve("figures.json"),
        Corpus.folder().resolve("groundtruth"));
    ReportScore overall = scores.get(scores.size() - 1);
    assertThat(overall.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(overall.recallTextLayer()).as("recall over the text layer").isGreaterThanOrEqualTo(0.90);
    assertThat(scores).allSatisfy(s -> assertThat(s.precision()).as(s.report()).isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void writesTheFiguresCsvWithOneRowPerUniqueFigure() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(output.resolve("figures.csv"));
    assertThat(lines.get(0)).isEqualTo("report,report_year,metric,period,kind,value,unit,qualifier,pages,conflict");
    assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(
        "Bilan 2024 beta.gouv.fr.pdf,2024,program_budget_eur,2024,actual,5869442,eur,,23,false"));
    assertThat(lines).doesNotHaveDuplicates();
  }
}
