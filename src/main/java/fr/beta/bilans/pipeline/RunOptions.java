package fr.beta.bilans.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run reads and where it writes. With no input folder, the manifest names the inputs;
 * summaries given explicitly replace the manifest's.
 */
public record RunOptions(Path manifest, Path downloadFolder, List<Path> corpusFolders,
    boolean downloads, Optional<Path> inputFolder, List<Path> summaries, Path outputFolder,
    Optional<Path> catalogFile, int threads) {

  public RunOptions {
    corpusFolders = List.copyOf(corpusFolders);
    summaries = List.copyOf(summaries);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }
}
