package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The last complete run of an output folder, as its {@code run.json} records it: its fingerprint,
 * its outputs with their SHA-256, and its counts.
 */
final class PreviousRun {

  private PreviousRun() {}

  /**
   * When the last run had this fingerprint and its outputs are all there, unchanged: rewrites only
   * the run record (new timings, {@code reused_outputs: true}) and gives the run's result.
   */
  static Optional<RunResult> reuse(Path output, String fingerprint, Instant started)
      throws IOException {
    Optional<JsonNode> previous = read(output);
    if (previous.isEmpty()
        || !fingerprint.equals(previous.get().path("fingerprint").asText())
        || !outputsIntact(output, previous.get())) {
      return Optional.empty();
    }
    ObjectNode run = (ObjectNode) previous.get().deepCopy();
    long millis = Duration.between(started, Instant.now()).toMillis();
    run.put("started", started.toString());
    run.put("duration_ms", millis);
    run.put("reused_outputs", true);
    Json.write(output.resolve(StagedOutput.RUN_RECORD), run);
    return Optional.of(result(run, millis));
  }

  /** Whether the last complete run, by this very code, used a catalog of these bytes (so valid). */
  static boolean usedCatalog(Path output, String catalogSha256) {
    try {
      return read(output)
          .filter(
              run ->
                  catalogSha256.equals(run.path("catalog_sha256").asText())
                      && ToolVersion.fingerprint().equals(run.path("tool_fingerprint").asText()))
          .isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /** The outputs the last complete run wrote, relative to the folder. */
  static Set<String> outputs(Path output) throws IOException {
    Set<String> files = new HashSet<>();
    read(output).ifPresent(run -> run.path("outputs").fieldNames().forEachRemaining(files::add));
    return files;
  }

  private static Optional<JsonNode> read(Path output) throws IOException {
    Path file = output.resolve(StagedOutput.RUN_RECORD);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.read(file));
    } catch (IOException e) {
      return Optional.empty(); // unreadable: treated as no previous run
    }
  }

  private static boolean outputsIntact(Path output, JsonNode run) throws IOException {
    JsonNode outputs = run.path("outputs");
    if (!outputs.isObject() || outputs.isEmpty()) {
      return false;
    }
    var fields = outputs.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      Path file = output.resolve(entry.getKey());
      if (!Files.isRegularFile(file) || !Checksums.sha256(file).equals(entry.getValue().asText())) {
        return false;
      }
    }
    return true;
  }

  private static RunResult result(JsonNode run, long millis) {
    List<ReportOutcome.Failed> failures = new ArrayList<>();
    for (JsonNode r : run.path("reports")) {
      if (r.path("outcome").asText().equals("failed")) {
        failures.add(
            new ReportOutcome.Failed(
                r.path("file").asText(), r.path("stage").asText(), r.path("error").asText()));
      }
    }
    List<String> errors = new ArrayList<>();
    run.path("errors").forEach(e -> errors.add(e.asText()));
    JsonNode c = run.path("counts");
    return new RunResult(
        c.path("processed").asInt(),
        failures,
        errors,
        c.path("figures").asInt(),
        new RunResult.ReconciliationSummary(
            c.path("agrees").asInt(),
            c.path("disagrees").asInt(),
            c.path("not_in_report").asInt(),
            c.path("ambiguous").asInt(),
            c.path("unmapped").asInt(),
            c.path("findings_passed").asInt(),
            c.path("findings_failed").asInt()),
        millis,
        true);
  }
}
