package fr.beta.bilans.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the real corpus is ({@code BILANS_CORPUS}, else {@code ../shared/corpus}). Outside CI a
 * missing corpus skips the corpus tests; with {@code CI=true} it fails them, so that CI never
 * passes without having read the corpus.
 */
public final class Corpus {

  private Corpus() {}

  public static Path folder() {
    String env = System.getenv("BILANS_CORPUS");
    Path folder = env == null || env.isBlank() ? Path.of("../shared/corpus") : Path.of(env);
    if (!Files.isDirectory(folder.resolve("reports"))) {
      String message =
          "the corpus is missing at "
              + folder.toAbsolutePath()
              + " (set BILANS_CORPUS to the folder holding reports/, summaries/, groundtruth/)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return folder;
  }

  public static Path report(int year) {
    try (var files = Files.list(folder().resolve("reports"))) {
      return files
          .filter(p -> p.getFileName().toString().contains("Bilan " + year))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no report of " + year + " in the corpus"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The second report family (the Canadian Digital Service's annual report, French and English),
   * beside the corpus: {@code ../shared/corpus-cds}. Missing, it skips the tests outside CI and
   * fails them in CI, as the corpus does.
   */
  public static Path cdsFolder() {
    Path folder = folder().toAbsolutePath().normalize().resolveSibling("corpus-cds");
    if (!Files.isDirectory(folder.resolve("reports"))) {
      String message = "the second report family is missing at " + folder;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return folder;
  }
}
