package fr.beta.bilans.acquire;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * An input ready to read: where it is, its verified SHA-256, the year the manifest gives (empty for
 * a folder scan, where the document tells), and where it came from.
 */
public record Acquired(
    ManifestEntry.Kind kind,
    Path path,
    String sha256,
    OptionalInt year,
    OptionalInt expectedPages,
    Source source) {

  /** Where an input was found. */
  public enum Source {
    LOCAL_COPY,
    CORPUS,
    DOWNLOADED,
    INPUT_FOLDER
  }

  public String fileName() {
    return path.getFileName().toString();
  }
}
