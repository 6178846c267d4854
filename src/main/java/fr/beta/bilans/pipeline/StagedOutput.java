package fr.beta.bilans.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a run's outputs appear all at once. A run writes into {@code .staging/}; the commit writes
 * a journal ({@code .commit}, the files to move), removes {@code run.json}, moves each file into
 * place, removes what the previous run wrote and this one did not, then moves {@code run.json}
 * last. A run killed before the journal leaves the previous outputs whole; one killed after it
 * leaves no {@code run.json} (so nothing looks complete) and the next run rolls the commit forward
 * before anything else.
 */
final class StagedOutput {

  static final String RUN_RECORD = "run.json";
  private static final String STAGING = ".staging";
  private static final String JOURNAL = ".commit";

  private final Path output;
  private final Path staging;

  private StagedOutput(Path output) {
    this.output = output;
    this.staging = output.resolve(STAGING);
  }

  /**
   * Finishes a commit that a killed run left half done, or drops the staging of a run that never
   * committed.
   */
  static void recover(Path output) throws IOException {
    StagedOutput staged = new StagedOutput(output);
    Path journal = output.resolve(JOURNAL);
    if (Files.exists(journal)) {
      List<String> files = Files.readAllLines(journal, StandardCharsets.UTF_8);
      staged.moveIntoPlace(files);
      Files.delete(journal);
    }
    deleteTree(staged.staging);
  }

  static StagedOutput begin(Path output) throws IOException {
    StagedOutput staged = new StagedOutput(output);
    deleteTree(staged.staging);
    Files.createDirectories(staged.staging);
    return staged;
  }

  Path folder() {
    return staging;
  }

  /**
   * Moves the staged files into place; {@code previous} are the outputs of the run before, to
   * remove if not rewritten.
   */
  void commit(Set<String> previous) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.filter(Files::isRegularFile)
          .map(p -> staging.relativize(p).toString().replace('\\', '/'))
          .filter(f -> !f.equals(RUN_RECORD))
          .sorted()
          .forEach(files::add);
    }
    files.add(RUN_RECORD);
    fr.beta.bilans.publish.AtomicFiles.write(
        output.resolve(JOURNAL), String.join("\n", files).getBytes(StandardCharsets.UTF_8));
    Files.deleteIfExists(output.resolve(RUN_RECORD));
    for (String old : previous) {
      if (!files.contains(old) && !old.startsWith(".") && !old.contains("..")) {
        Files.deleteIfExists(output.resolve(old));
      }
    }
    moveIntoPlace(files);
    Files.delete(output.resolve(JOURNAL));
    deleteTree(staging);
  }

  /** Drops what the run staged: the outputs in place stay as they were. */
  void abandon() throws IOException {
    deleteTree(staging);
  }

  private void moveIntoPlace(List<String> files) throws IOException {
    for (String file : files) {
      Path from = staging.resolve(file);
      if (!Files.exists(from)) {
        continue; // moved before the kill
      }
      Path to = output.resolve(file);
      Files.createDirectories(to.getParent());
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
