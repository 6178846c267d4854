package fr.beta.bilans.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the claims of a run's {@code reconciliation.json} against expected claims ({@code
 * claims.json}: per summary file, each claim's section year, text, metric, value, expected status
 * and report value). An expected claim is found among the run's claims of the same summary by
 * section year and value, with the same metric (or one of its {@code also_metrics}), or with none
 * (a claim checked without a metric); it is right when the status is the expected one and, where a
 * report value is expected, the run's report value is that value.
 *
 * <p>Example: {@code new ClaimEvaluation().score(Path.of("output/reconciliation.json"),
 * Path.of("claims.json"))}.
 */
public final class ClaimEvaluation {

  /** The score of one summary: how many of its expected claims came out right, and which not. */
  public record SummaryScore(String summary, int expected, int right, List<String> problems) {
    public SummaryScore {
      problems = List.copyOf(problems);
    }

    public double share() {
      return expected == 0 ? 1 : (double) right / expected;
    }
  }

  private final ObjectMapper json = new ObjectMapper();

  /** One score per summary of the expected file, then one for all of them ({@code "overall"}). */
  public List<SummaryScore> score(Path reconciliation, Path expectedClaims) throws IOException {
    JsonNode run = json.readTree(reconciliation.toFile()).path("claims");
    JsonNode expected = json.readTree(expectedClaims.toFile()).path("summaries");
    if (!expected.isArray() || expected.isEmpty()) {
      throw new IOException(expectedClaims + ": no 'summaries' list of expected claims");
    }
    List<SummaryScore> scores = new ArrayList<>();
    int allExpected = 0;
    int allRight = 0;
    List<String> allProblems = new ArrayList<>();
    for (JsonNode summary : expected) {
      String file = Path.of(summary.path("file").asText()).getFileName().toString();
      List<JsonNode> mine = new ArrayList<>();
      run.forEach(
          c -> {
            if (c.path("summary").asText().equals(file)) {
              mine.add(c);
            }
          });
      SummaryScore score = score(file, summary.path("claims"), mine);
      scores.add(score);
      allExpected += score.expected();
      allRight += score.right();
      allProblems.addAll(score.problems());
    }
    scores.add(new SummaryScore("overall", allExpected, allRight, allProblems));
    return scores;
  }

  private static SummaryScore score(String file, JsonNode expected, List<JsonNode> mine) {
    List<JsonNode> unused = new ArrayList<>(mine);
    int right = 0;
    List<String> problems = new ArrayList<>();
    for (JsonNode e : expected) {
      JsonNode found = find(e, unused);
      String what =
          file
              + " "
              + e.path("section_year").asInt()
              + " "
              + e.path("metric").asText("(no metric)")
              + " = "
              + plain(e.path("value"))
              + " («"
              + e.path("text").asText()
              + "»)";
      if (found == null) {
        problems.add(what + ": not found among the run's claims");
        continue;
      }
      unused.remove(found);
      String status = found.path("status").asText();
      boolean statusRight = status.equals(e.path("expected_status").asText());
      boolean valueRight =
          e.path("report_value").isNull()
              || e.path("report_value").isMissingNode()
              || sameNumber(e.path("report_value"), found.path("report_value"));
      if (statusRight && valueRight) {
        right++;
      } else {
        problems.add(
            what
                + ": expected "
                + e.path("expected_status").asText()
                + (e.path("report_value").isNumber() ? " " + plain(e.path("report_value")) : "")
                + ", got "
                + status
                + (found.path("report_value").isNumber()
                    ? " " + plain(found.path("report_value"))
                    : ""));
      }
    }
    return new SummaryScore(file, expected.size(), right, problems);
  }

  /** The run's claim of the same section year and value, of the expected metric or of none. */
  private static JsonNode find(JsonNode expected, List<JsonNode> mine) {
    JsonNode withoutMetric = null;
    for (JsonNode c : mine) {
      if (c.path("section_year").asInt() != expected.path("section_year").asInt()
          || !sameNumber(c.path("value"), expected.path("value"))) {
        continue;
      }
      String metric = c.path("metric").isTextual() ? c.path("metric").asText() : null;
      if (metric != null && acceptedMetrics(expected).contains(metric)) {
        return c;
      }
      if (metric == null && withoutMetric == null) {
        withoutMetric = c;
      }
    }
    return withoutMetric;
  }

  /** The expected metric and those the file accepts as well ({@code also_metrics}). */
  private static List<String> acceptedMetrics(JsonNode expected) {
    List<String> metrics = new ArrayList<>();
    metrics.add(expected.path("metric").asText());
    expected.path("also_metrics").forEach(m -> metrics.add(m.asText()));
    return metrics;
  }

  private static boolean sameNumber(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
  }

  private static String plain(JsonNode n) {
    return n.isNumber()
        ? n.decimalValue().stripTrailingZeros().toPlainString()
        : Objects.toString(n.asText(), "");
  }
}
