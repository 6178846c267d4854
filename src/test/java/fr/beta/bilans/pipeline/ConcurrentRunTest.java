package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.cli.Main;
import fr.beta.bilans.testing.CorruptPdfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConcurrentRunTest {

  @TempDir Path dir;

  private int run(StringWriter err, String... extra) throws Exception {
    Path input = dir.resolve("in");
    if (!Files.exists(input)) {
      Files.createDirectories(input);
      CorruptPdfs.report(input.resolve("Bilan 2031.pdf"), 2031);
    }
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    String[] args = {"run", "--input=" + input, "--output=" + dir.resolve("out"), "-q"};
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return cli.execute(all);
  }

  @Test
  @SuppressWarnings("try") // the lock is held for the block, never read
  void aSecondRunFailsFastNamingTheRunningOne() throws Exception {
    StringWriter err = new StringWriter();
    try (OutputLock held = OutputLock.acquire(dir.resolve("out"), false)) {
      long start = System.nanoTime();
      assertThat(run(err)).isEqualTo(2);
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
    }
    assertThat(err.toString())
        .contains(
            "another bilans run is writing to",
            "(pid " + ProcessHandle.current().pid(),
            "run with --wait");
    assertThat(dir.resolve("out/run.json")).doesNotExist();
  }

  @Test
  void aSecondRunWithWaitRunsOnceTheFirstEnds() throws Exception {
    StringWriter err = new StringWriter();
    OutputLock held = OutputLock.acquire(dir.resolve("out"), false);
    CompletableFuture<Integer> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return run(err, "--wait");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(500);
    assertThat(waiting).isNotDone();
    held.close();
    assertThat(waiting.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(dir.resolve("out/run.json")).exists();
  }

  @Test
  void twoRunsStartedTogetherBothEndWithCompleteOutputs() throws Exception {
    StringWriter err = new StringWriter();
    run(err); // make the input folder before racing
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> call(err));
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> call(err));
    int exitA = a.get(60, TimeUnit.SECONDS);
    int exitB = b.get(60, TimeUnit.SECONDS);
    assertThat(new int[] {exitA, exitB}).containsAnyOf(0).doesNotContain(1);
    assertThat(dir.resolve("out/run.json")).exists();
  }

  private int call(StringWriter err) {
    try {
      return run(err, "--force");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
