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
import java.util.stream.Stream;

/**
 * Scores the figures of a run ({@code figures.json}) against ground-truth files ({@code YEAR.json},
 * format in catalog.md): unique (metric, period, kind, value) tuples, per report (matched by report
 * year) and overall.
 */
public final class Evaluation {

  private final ObjectMapper mapper = new ObjectMapper();

  public List<ReportScore> score(Path figuresJson, Path truthFolder) throws IOException {
    Map<Integer, List<Tuple>> predicted = predicted(mapper.readTree(figuresJson.toFile()));
    List<ReportScore> scores = new ArrayList<>();
    List<Path> truthFiles;
    try (Stream<Path> files = Files.list(truthFolder)) {
      truthFiles =
          files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
    }
    if (truthFiles.isEmpty()) {
      throw new IOException(truthFolder + " holds no ground-truth file (YEAR.json)");
    }
    for (Path file : truthFiles) {
      JsonNode truth = mapper.readTree(file.toFile());
      int year = truth.path("report_year").asInt();
      scores.add(
          scoreOne(
              truth.path("report_file").asText(file.getFileName().toString()),
              predicted.getOrDefault(year, List.of()),
              truth.path("figures")));
    }
    scores.add(total(scores));
    return scores;
  }

  private static Map<Integer, List<Tuple>> predicted(JsonNode root) {
    Map<Integer, List<Tuple>> byYear = new LinkedHashMap<>();
    for (JsonNode f : root.path("figures")) {
      Tuple t = tuple(f);
      List<Tuple> list =
          byYear.computeIfAbsent(f.path("report_year").asInt(), y -> new ArrayList<>());
      if (list.stream().noneMatch(t::equals)) {
        list.add(t);
      }
    }
    return byYear;
  }

  private static Tuple tuple(JsonNode f) {
    return new Tuple(
        f.path("metric").asText(),
        new Period(f.path("period").asText()),
        f.path("kind").asText(),
        new BigDecimal(f.path("value").asText()));
  }

  private static ReportScore scoreOne(String report, List<Tuple> predicted, JsonNode truthFigures) {
    List<Tuple> truth = new ArrayList<>();
    List<Tuple> textLayer = new ArrayList<>();
    for (JsonNode f : truthFigures) {
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
