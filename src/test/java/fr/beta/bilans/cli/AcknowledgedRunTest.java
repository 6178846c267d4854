package fr.beta.bilans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly job on the corpus: its known disagreement and failed cross-checks recorded in an
 * acknowledgements file turn exit 1 into 0; a changed value turns it back, and --quiet says only
 * what is new.
 */
class AcknowledgedRunTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  /** One run, its standard error alone kept. */
  private int bilans(String... args) {
    cli.clear();
    return cli.run(args);
  }

  private int run(Path output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--offline",
                "--quiet",
                "--corpus",
                Corpus.folder().toString(),
                "--output",
                output.toString()));
    args.addAll(List.of(more));
    return bilans(args.toArray(String[]::new));
  }

  @Test
  void anAcknowledgedProblemStopsFailingTheRunUntilItsValuesChange() throws Exception {
    Path output = dir.resolve("out");
    assertThat(run(output)).isEqualTo(1);
    JsonNode first = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    JsonNode problems = first.path("problems");
    int count = problems.size();
    // The 258/248 disagreement, and the cross-checks that fail (charts read by OCR included).
    assertThat(count).isGreaterThanOrEqualTo(3);
    assertThat(cli.err().lines().filter(l -> l.startsWith("bilans: new: "))).hasSize(count);

    // Unchanged inputs: nothing new, still exit 1, and --quiet says so in one line.
    assertThat(run(output)).isEqualTo(1);
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .contains(count + " problem(s) unchanged");

    Path acks = dir.resolve("acknowledged.yaml");
    Files.writeString(acks, acknowledgements(problems, -1));
    assertThat(run(output, "--acknowledged", acks.toString())).isEqualTo(0);
    assertThat(cli.err()).isEmpty();
    JsonNode clean = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertThat(clean.path("status").asText()).isEqualTo("clean");
    assertThat(clean.path("acknowledged")).hasSize(count);
    assertThat(clean.path("acknowledged").get(0).path("by").asText()).isEqualTo("A. Analyst");
    JsonNode claims =
        new ObjectMapper().readTree(output.resolve("reconciliation.json").toFile()).path("claims");
    assertThat(claims)
        .filteredOn(c -> c.path("problem").isTextual())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path("status").asText()).isEqualTo("acknowledged");
              assertThat(c.path("acknowledged").path("reason").asText()).isNotBlank();
            });
    assertThat(Files.readString(output.resolve("reconciliation.html")))
        .contains(count + " acknowledged problem(s)");

    // The same problems with one value that is no longer what was acknowledged.
    Files.writeString(acks, acknowledgements(problems, 0));
    assertThat(run(output, "--acknowledged", acks.toString())).isEqualTo(1);
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .startsWith("bilans: new: ")
        .contains("acknowledged by A. Analyst on 2026-11-20 with the values");
  }

  @Test
  void refusesAnInvalidAcknowledgementsFileBeforeAnyWorkListingEveryProblem() throws Exception {
    Path acks = dir.resolve("acknowledged.yaml");
    Files.writeString(
        acks,
        """
        acknowledged:
          - problem: claim:page.md:services_active:2024
            values: [258, 248]
            by: A. Analyst
            on: 20/11/2026
          - problem: nothing
            values: []
            reason: because
            by: A. Analyst
            on: 2026-11-20
        """);
    Path output = dir.resolve("out");
    assertThat(run(output, "--acknowledged", acks.toString())).isEqualTo(2);
    assertThat(cli.err())
        .contains(acks.toString())
        .contains("entry 1 (claim:page.md:services_active:2024): 'reason' is missing")
        .contains("entry 1 (claim:page.md:services_active:2024): 'on' is not a date")
        .contains("entry 2 (nothing): 'problem' is not a problem id")
        .contains("entry 2 (nothing): 'values' is missing")
        .contains("the last outputs stay");
    assertThat(output).doesNotExist();

    Files.writeString(acks, "acknowledged:\n  - problem: a:b\n    value: [1]\n");
    assertThat(run(output, "--acknowledged", acks.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("unknown key 'value'", "line 3");
  }

  /**
   * Each problem acknowledged with its values, once (a restatement that several reports make is one
   * problem), the one at {@code changed} with a value off.
   */
  private static String acknowledgements(JsonNode problems, int changed) {
    StringBuilder yaml = new StringBuilder("acknowledged:\n");
    java.util.Set<String> written = new java.util.HashSet<>();
    for (int i = 0; i < problems.size(); i++) {
      JsonNode p = problems.get(i);
      if (!written.add(p.path("id").asText() + p.path("values"))) {
        continue;
      }
      List<String> values = new ArrayList<>();
      p.path("values").forEach(v -> values.add(v.decimalValue().toPlainString()));
      if (i == changed) {
        values.set(0, values.get(0) + "1");
      }
      yaml.append("  - problem: \"")
          .append(p.path("id").asText())
          .append("\"\n    values: [")
          .append(String.join(", ", values))
          .append("]\n    reason: known, explained to the editors\n")
          .append("    by: A. Analyst\n    on: 2026-11-20\n");
    }
    return yaml.toString();
  }
}
