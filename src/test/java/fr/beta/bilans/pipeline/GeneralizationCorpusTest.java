package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.beta.bilans.evaluate.ClaimEvaluation;
import fr.beta.bilans.evaluate.Evaluation;
import fr.beta.bilans.evaluate.ReportScore;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.testing.Corpus;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching by what a number counts, measured on text the catalog was not written from: the reworded
 * summary of the corpus (its own expected statuses), and the whole corpus again with every text
 * pattern taken out of the catalog, so that only the concepts recognize the figures and claims.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneralizationCorpusTest {

  private Path withPatterns;
  private Path conceptsOnly;

  @BeforeAll
  void runTheBatchTwice(@TempDir Path dir) throws Exception {
    withPatterns = run(dir.resolve("catalog"), new CatalogLoader().loadDefault());
    conceptsOnly = run(dir.resolve("concepts"), withoutTextPatterns());
  }

  private static Path run(Path dir, Catalog catalog) throws Exception {
    Path corpus = Corpus.folder();
    Path output = dir.resolve("output");
    List<Path> summaries =
        List.of(
            corpus.resolve("paraphrases/bilans-reworded.md"),
            corpus.resolve("summaries/bilans-du-programme.2025-01-20.md"),
            corpus.resolve("summaries/bilans-du-programme.2025-03-14.md"));
    RunOptions options =
        RunOptions.defaults(
            Path.of("input-pdfs/manifest.json"),
            dir.resolve("downloads"),
            List.of(corpus.resolve("reports"), corpus.resolve("summaries")),
            Optional.empty(),
            summaries,
            output);
    new Pipeline(Progress.SILENT).run(options, catalog);
    return output;
  }

  /** The built-in catalog less every metric's text patterns: concepts and table rows only. */
  private static Catalog withoutTextPatterns() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode tree;
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.DEFAULT_RESOURCE)) {
      tree = yaml.readTree(in);
    }
    tree.path("metrics").forEach(m -> ((ObjectNode) m).remove("patterns"));
    return new CatalogLoader().load(yaml.writeValueAsBytes(tree), "concepts only");
  }

  private static ClaimEvaluation.SummaryScore claims(Path output, String expected)
      throws Exception {
    List<ClaimEvaluation.SummaryScore> scores =
        new ClaimEvaluation()
            .score(output.resolve("reconciliation.json"), Corpus.folder().resolve(expected));
    return scores.get(scores.size() - 1);
  }

  private static ReportScore figures(Path output) throws Exception {
    List<ReportScore> scores =
        new Evaluation()
            .score(output.resolve("figures.json"), Corpus.folder().resolve("groundtruth"));
    return scores.get(scores.size() - 1);
  }

  @Test
  void checksTheRewordedSummaryAsItsExpectedStatusesSay() throws Exception {
    ClaimEvaluation.SummaryScore score = claims(withPatterns, "paraphrases/claims.json");
    assertThat(score.right()).as("%s", score.problems()).isGreaterThanOrEqualTo(52);
  }

  @Test
  void keepsThePublishedSummariesRight() throws Exception {
    ClaimEvaluation.SummaryScore score = claims(withPatterns, "groundtruth/claims.json");
    assertThat(score.right()).as("%s", score.problems()).isEqualTo(24);
  }

  @Test
  void findsTheFiguresAboveTheTargets() throws Exception {
    ReportScore score = figures(withPatterns);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.recallTextLayer()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void checksBothClaimSetsWithTheConceptsAlone() throws Exception {
    ClaimEvaluation.SummaryScore reworded = claims(conceptsOnly, "paraphrases/claims.json");
    ClaimEvaluation.SummaryScore published = claims(conceptsOnly, "groundtruth/claims.json");
    assertThat(reworded.right()).as("%s", reworded.problems()).isGreaterThanOrEqualTo(52);
    assertThat(published.right()).as("%s", published.problems()).isGreaterThanOrEqualTo(22);
  }

  @Test
  void findsMostFiguresWithTheConceptsAloneAndFewWrongOnes() throws Exception {
    ReportScore score = figures(conceptsOnly);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.recallTextLayer()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void indexesEveryNumberOfAReportWithTheWordsThatLabelIt() throws Exception {
    JsonNode document =
        new ObjectMapper().readTree(withPatterns.resolve("reports/2024/document.json").toFile());
    JsonNode mentions = document.path("mentions");
    assertThat(mentions.size()).isGreaterThan(100);
    assertThat(mentions)
        .anySatisfy(
            m -> {
              assertThat(m.path("value").asInt()).isEqualTo(248);
              assertThat(m.path("label").asText()).contains("accompagnement");
              assertThat(m.path("metric").asText()).isEqualTo("services_active");
            });
    assertThat(mentions)
        .noneSatisfy(m -> assertThat(m.path("printed").asText()).matches("20\\d\\d"));
  }
}
