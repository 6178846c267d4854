package fr.beta.bilans.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.beta.bilans.testing.CorruptPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flips and cuts bytes of a small PDF a few hundred times: every extraction ends with a report or
 * an {@link UnreadableReportException}, within its time limit; nothing else escapes.
 */
class FuzzTest {

  private static final int RUNS = 300;

  @TempDir Path dir;

  @Test
  void everyDamagedCopyEndsAsAReportOrAClearFailureInTime() throws Exception {
    byte[] good = Files.readAllBytes(CorruptPdfs.report(dir.resolve("good.pdf"), 2031));
    Random random = new Random(20261128L);
    ReportExtractor extractor =
        new ReportExtractor(
            new ExtractionLimits(50, 16L * 1024 * 1024, java.util.Optional.empty()));
    int read = 0;
    int refused = 0;
    for (int i = 0; i < RUNS; i++) {
      byte[] bytes = good.clone();
      if (i % 3 == 0) {
        bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
      }
      int flips = 1 + random.nextInt(20);
      for (int f = 0; f < flips; f++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Path file = Files.write(dir.resolve("fuzz-" + i + ".pdf"), bytes);
      boolean ok =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> {
                try {
                  extractor.extract(file, "0".repeat(64));
                  return true;
                } catch (UnreadableReportException e) {
                  assertThat(e.getMessage()).isNotBlank();
                  return false;
                }
              },
              () -> "fuzz case " + file + " did not end in time");
      if (ok) {
        read++;
      } else {
        refused++;
      }
      Files.delete(file);
    }
    assertThat(read + refused).isEqualTo(RUNS);
    assertThat(read).as("most single-byte damage is survivable").isPositive();
    assertThat(refused).as("some damage is not").isPositive();
  }
}
