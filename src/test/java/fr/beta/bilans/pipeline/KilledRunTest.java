package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills runs (SIGKILL, in a child JVM) at random moments: the output folder is always either
 * complete and consistent (run.json present, every output it lists with its checksum) or plainly
 * incomplete (no run.json); the next run leaves it complete.
 */
class KilledRunTest {

  private static final int KILLS = 6;

  @TempDir Path dir;

  private Process start(Path input, Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "fr.beta.bilans.cli.Main",
            "run",
            "--input=" + input,
            "--output=" + output,
            "--force",
            "--no-ocr",
            "--quiet")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  @Test
  void aRunKilledAtAnyMomentNeverLeavesAMixThatLooksComplete() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    for (int year : new int[] {2023, 2024}) {
      Files.copy(Corpus.report(year), input.resolve(Corpus.report(year).getFileName()));
    }
    Path output = dir.resolve("out");
    long begin = System.nanoTime();
    Process first = start(input, output);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    long duration = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    assertConsistent(output, true);

    Random random = new Random(42);
    for (int i = 0; i < KILLS; i++) {
      Process run = start(input, output);
      Thread.sleep((long) (duration * (0.15 + random.nextDouble())));
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertConsistent(output, false);
    }

    Process last = start(input, output);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertConsistent(output, true);
  }

  private static void assertConsistent(Path output, boolean mustBeComplete) throws IOException {
    Path record = output.resolve("run.json");
    if (!Files.exists(record)) {
      assertThat(mustBeComplete).as("run.json missing after a run that was not killed").isFalse();
      return;
    }
    JsonNode outputs = new ObjectMapper().readTree(record.toFile()).path("outputs");
    assertThat(outputs.size()).isGreaterThan(3);
    List<String> listed = new ArrayList<>();
    var fields = outputs.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      listed.add(entry.getKey());
      Path file = output.resolve(entry.getKey());
      assertThat(file).as(entry.getKey()).exists();
      assertThat(Checksums.sha256(file))
          .as(entry.getKey() + " is the one run.json lists")
          .isEqualTo(entry.getValue().asText());
    }
    try (Stream<Path> files = Files.walk(output)) {
      List<String> present =
          files
              .filter(Files::isRegularFile)
              .map(p -> output.relativize(p).toString())
              .filter(name -> !name.startsWith(".") && !name.equals("run.json"))
              .toList();
      assertThat(present)
          .as("outputs that run.json does not list")
          .containsExactlyInAnyOrderElementsOf(listed);
    }
  }
}
