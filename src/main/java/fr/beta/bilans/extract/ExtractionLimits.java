package fr.beta.bilans.extract;

import java.util.Optional;

/**
 * What one report may cost: pages read, PDFBox's main-memory budget (beyond it, scratch files), and
 * the password of encrypted reports.
 */
public record ExtractionLimits(int maxPages, long memoryBytes, Optional<String> password) {

  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(1000, 256L * 1024 * 1024, Optional.empty());

  public ExtractionLimits {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
    }
    if (memoryBytes < 1024 * 1024) {
      throw new IllegalArgumentException("memoryBytes must be at least 1 MiB: " + memoryBytes);
    }
  }
}
