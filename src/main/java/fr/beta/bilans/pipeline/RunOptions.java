package fr.beta.bilans.pipeline;

import fr.beta.bilans.extract.ExtractionLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a run reads, where it writes, and its bounds. With no input folder, the manifest names the
 * inputs; summaries given explicitly replace the manifest's, which an input folder's run reads too
 * unless {@code manifestSummaries} is off ({@code --no-summaries}). The acknowledged problems, when
 * a file of them is given, do not make a run fail. {@code year}, when given, is the year of every
 * report that no manifest dates; {@code language}, when given, the language every report is read in
 * instead of the one its words tell. {@code ocrCache}, when given, is where the OCR of images keeps
 * what it read: without it, images are not read ({@code --no-ocr}).
 */
public record RunOptions(
    Path manifest,
    Path downloadFolder,
    List<Path> corpusFolders,
    boolean downloads,
    Optional<Path> inputFolder,
    List<Path> summaries,
    boolean manifestSummaries,
    Path outputFolder,
    Optional<Path> catalogFile,
    Optional<Path> acknowledgedFile,
    java.util.OptionalInt year,
    Optional<String> language,
    int threads,
    boolean force,
    boolean waitForLock,
    Duration reportTimeout,
    ExtractionLimits limits,
    Optional<Path> ocrCache) {

  public RunOptions {
    corpusFolders = List.copyOf(corpusFolders);
    summaries = List.copyOf(summaries);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (reportTimeout.isNegative() || reportTimeout.isZero()) {
      throw new IllegalArgumentException("the report timeout must be positive: " + reportTimeout);
    }
  }

  /** Options with the defaults for everything but where to read and write. */
  public static RunOptions defaults(
      Path manifest,
      Path downloadFolder,
      List<Path> corpusFolders,
      Optional<Path> inputFolder,
      List<Path> summaries,
      Path outputFolder) {
    return new RunOptions(
        manifest,
        downloadFolder,
        corpusFolders,
        false,
        inputFolder,
        summaries,
        true,
        outputFolder,
        Optional.empty(),
        Optional.empty(),
        java.util.OptionalInt.empty(),
        Optional.empty(),
        2,
        false,
        false,
        Duration.ofMinutes(2),
        ExtractionLimits.DEFAULT,
        Optional.of(defaultOcrCache()));
  }

  /**
   * Where OCR readings are kept across runs and output folders: what an image holds does not depend
   * on the run ({@code $XDG_CACHE_HOME/bilans/ocr}, else {@code ~/.cache/bilans/ocr}).
   */
  public static Path defaultOcrCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("bilans").resolve("ocr");
  }
}
