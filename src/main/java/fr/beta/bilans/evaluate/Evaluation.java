package fr.beta.bilans.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.figures.Period;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the figures of a run ({@code figures.json}) against ground-truth files ({@code YEAR.json},
 * format in catalog.md): unique (metric, period, kind, value) tuples, per report (matched by its
 * file name) and overall.
 */
public final class Evaluation {

  private final ObjectMapper mapper = new ObjectMapper();

  public List<ReportScore> score(Path figuresJson, Path truthFolder) throws IOException {
    return score(figuresJson, truthFolder, Set.of());
  }

  /**
   * Scores the run's figures of each report that a ground-truth file of the folder describes (any
   * {@code .json} file with a {@code report_file} and its {@code figures}); with {@code metrics},
   * on those metrics only, for a catalog that describes only some of the truth's metrics.
   */
  public List<ReportScore> score(Path figuresJson, Path truthFolder, Set<String> metrics)
      throws IOException {
    Map<String, List<Tuple>> predicted = predicted(mapper.readTree(figuresJson.toFile()), metrics);
    List<ReportScore> scores = new ArrayList<>();
    List<Path> truthFiles;
    try (Stream<Path> files = Files.list(truthFolder)) {
      truthFiles =
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : truthFiles) {
      JsonNode truth = mapper.readTree(file.toFile());
      if (!truth.path("report_file").isTextual() || !truth.path("figures").isArray()) {
        continue; // another file of the folder (claims.json)
      }
      String report = truth.path("report_file").asText();
      scores.add(
          scoreOne(
              report, predicted.getOrDefault(report, List.of()), truth.path("figures"), metrics));
    }
    if (scores.isEmpty()) {
      throw new IOException(
          truthFolder + " holds no ground-truth file (a .json with report_file and figures)");
    }
    scores.add(total(scores));
    return scores;
  }

  private static Map<String, List<Tuple>> predicted(JsonNode root, Set<String> metrics) {
    Map<String, List<Tuple>> byReport = new LinkedHashMap<>();
    for (JsonNode f : root.path("figures")) {
      if (!metrics.isEmpty() && !metrics.contains(f.path("metric").asText())) {
        continue;
      }
      Tuple t = tuple(f);
      List<Tuple> list =
          byReport.computeIfAbsent(f.path("report").asText(), r -> new ArrayList<>());
      if (list.stream().noneMatch(t::equals)) {
        list.add(t);
      }
    }
    return byReport;
  }

  private static Tuple tuple(JsonNode f) {
    return new Tuple(
        f.path("metric").asText(),
        new Period(f.path("period").asText()),
        f.path("kind").asText(),
        new BigDecimal(f.path("value").asText()));
  }

  private static ReportScore scoreOne(
      String report, List<Tuple> predicted, JsonNode truthFigures, Set<String> metrics) {
    List<Tuple> truth = new ArrayList<>();
    List<Tuple> textLayer = new ArrayList<>();
    for (JsonNode f : truthFigures) {
      if (!metrics.isEmpty() && !metrics.contains(f.path("metric").asText())) {
        continue;
      }
      Tuple t = tuple(f);
      if (truth.stream().noneMatch(t::equals)) {
        truth.add(t);
      }
      if (f.path("text_layer").asBoolean(true) && textLayer.stream().noneMatch(t::equals)) {
        textLayer.add(t);
      }
    }
    List<Tuple> wrong =
        predicted.stream().filter(p -> truth.stream().noneMatch(p::sameAs)).toList();
    List<Tuple> found = truth.stream().filter(t -> predicted.stream().anyMatch(t::sameAs)).toList();
    List<Tuple> textFound = textLayer.stream().filter(found::contains).toList();
    List<Tuple> missedText = textLayer.stream().filter(t -> !found.contains(t)).toList();
    List<Tuple> missedImage =
        truth.stream().filter(t -> !found.contains(t) && !textLayer.contains(t)).toList();
    return new ReportScore(
        report,
        predicted.size(),
        predicted.size() - wrong.size(),
        truth.size(),
        found.size(),
        textLayer.size(),
        textFound.size(),
        wrong,
        missedText,
        missedImage);
  }

  private static ReportScore total(List<ReportScore> scores) {
    return new ReportScore(
        "overall",
        scores.stream().mapToInt(ReportScore::predicted).sum(),
        scores.stream().mapToInt(ReportScore::correct).sum(),
        scores.stream().mapToInt(ReportScore::truth).sum(),
        scores.stream().mapToInt(ReportScore::truthFound).sum(),
        scores.stream().mapToInt(ReportScore::truthTextLayer).sum(),
        scores.stream().mapToInt(ReportScore::truthTextLayerFound).sum(),
        List.of(),
        List.of(),
        List.of());
  }
}
