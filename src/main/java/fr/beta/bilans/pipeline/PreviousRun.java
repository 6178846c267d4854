package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.publish.Json;
import fr.beta.bilans.reconcile.Problem;
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

  private final Path output;
  private final Optional<JsonNode> record;

  private PreviousRun(Path output, Optional<JsonNode> record) {
    this.output = output;
    this.record = record;
  }

  /** Reads the run record of the folder once; an absent or unreadable one is no previous run. */
  static PreviousRun read(Path output) {
    Path file = output.resolve(StagedOutput.RUN_RECORD);
    if (!Files.isRegularFile(file)) {
      return new PreviousRun(output, Optional.empty());
    }
    try {
      return new PreviousRun(output, Optional.of(Json.read(file)));
    } catch (IOException e) {
      return new PreviousRun(output, Optional.empty());
    }
  }

  /**
   * When the last run had this fingerprint and its outputs are all there, unchanged: rewrites only
   * the run record (new timings, {@code reused_outputs: true}) and gives the run's result.
   */
  Optional<RunResult> reuse(String fingerprint, Instant started) throws IOException {
    if (record.isEmpty()
        || !fingerprint.equals(record.get().path("fingerprint").asText())
        || !outputsIntact(output, record.get())) {
      return Optional.empty();
    }
    ObjectNode run = (ObjectNode) record.get().deepCopy();
    long millis = Duration.between(started, Instant.now()).toMillis();
    run.put("started", started.toString());
    run.put("duration_ms", millis);
    run.put("reused_outputs", true);
    run.putArray("new_since_last_run"); // nothing changed since that run, so nothing is new
    Json.write(output.resolve(StagedOutput.RUN_RECORD), run);
    return Optional.of(result(run, millis));
  }

  /** The open problems of the last complete run, to tell the new ones. */
  List<Problem> problems() {
    return record.map(run -> ProblemsJson.read(run.path("problems"))).orElse(List.of());
  }

  /** Whether the last complete run, by this very code, used a catalog of these bytes (so valid). */
  boolean usedCatalog(String catalogSha256) {
    return record
        .filter(
            run ->
                catalogSha256.equals(run.path("catalog_sha256").asText())
                    && ToolVersion.fingerprint().equals(run.path("tool_fingerprint").asText()))
        .isPresent();
  }

  /** The outputs the last complete run wrote, relative to the folder. */
  Set<String> outputs() {
    Set<String> files = new HashSet<>();
    record.ifPresent(run -> run.path("outputs").fieldNames().forEachRemaining(files::add));
    return files;
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

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(s -> strings.add(s.asText()));
    return strings;
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
    // The record's errors list the failed reports too: those are the failures above.
    java.util.Set<String> failed = new java.util.HashSet<>();
    failures.forEach(f -> failed.add(f.describe()));
    List<String> errors = new ArrayList<>();
    run.path("errors")
        .forEach(
            e -> {
              if (!failed.contains(e.asText())) {
                errors.add(e.asText());
              }
            });
    List<String> skipped = new ArrayList<>();
    run.path("skipped").forEach(s -> skipped.add(s.asText()));
    JsonNode c = run.path("counts");
    return new RunResult(
        c.path("processed").asInt(),
        failures,
        errors,
        ProblemsJson.read(run.path("problems")),
        ProblemsJson.read(run.path("acknowledged")),
        List.of(),
        skipped,
        strings(run.path("warnings")),
        c.path("figures").asInt(),
        new RunResult.ReconciliationSummary(
            c.path("agrees").asInt(),
            c.path("disagrees").asInt(),
            c.path("not_in_report").asInt(),
            c.path("ambiguous").asInt(),
            c.path("no_report").asInt(),
            c.path("findings_passed").asInt(),
            c.path("findings_failed").asInt()),
        millis,
        true);
  }
}
