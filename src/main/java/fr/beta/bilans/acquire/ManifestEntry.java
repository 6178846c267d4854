package fr.beta.bilans.acquire;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/** One input named by the manifest: a yearly report (with its year and page count) or a summary. */
public record ManifestEntry(
    Kind kind, String file, String sha256, OptionalInt year, OptionalInt pages, Optional<URI> url) {

  /** What the input is. */
  public enum Kind {
    REPORT,
    SUMMARY
  }

  public ManifestEntry {
    requireNonNull(kind, "kind");
    requireNonNull(file, "file");
    requireNonNull(sha256, "sha256");
    if (file.isBlank() || file.contains("/") || file.contains("\\")) {
      throw new IllegalArgumentException("file must be a plain file name: '" + file + "'");
    }
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 of '" + file + "' is not 64 lowercase hex digits");
    }
  }
}
