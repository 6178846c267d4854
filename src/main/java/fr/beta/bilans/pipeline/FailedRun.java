package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** {@code failed-run.json}: the record of a run that could read no report and published nothing. */
final class FailedRun {

  static final String FILE = "failed-run.json";

  private FailedRun() {}

  static void write(
      Path output, List<ReportOutcome.Failed> failures, List<String> errors, Instant started)
      throws IOException {
    ObjectNode root = Json.object();
    root.put("schema", "bilans/failed-run/1");
    root.put("tool_version", ToolVersion.current());
    root.put("started", started.toString());
    root.put("finished", Instant.now().toString());
    root.put("status", "nothing_read");
    root.put("exit_code", 2);
    ArrayNode reports = root.putArray("reports");
    for (ReportOutcome.Failed f : failures) {
      reports.addObject().put("file", f.file()).put("stage", f.stage()).put("error", f.reason());
    }
    ArrayNode errorList = root.putArray("errors");
    errors.forEach(errorList::add);
    Json.write(output.resolve(FILE), root);
  }
}
