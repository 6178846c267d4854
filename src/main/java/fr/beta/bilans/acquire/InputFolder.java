package fr.beta.bilans.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The inputs of {@code --input DIR}: every regular file of the folder, sorted by name, with its
 * checksum. Whether each really is a PDF is the extractor's call (by content, not by name).
 */
public final class InputFolder {

  private InputFolder() {}

  public static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + " is not a folder");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      // Not only regular files: a dangling link or a special file is reported, not skipped.
      return entries
          .filter(p -> !Files.isDirectory(p))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /**
   * Whether the file is some other document in the folder (notes, a spreadsheet): not named {@code
   * .pdf} and not starting as a PDF does. Such a file is skipped; one named {@code .pdf} that is
   * not a PDF is a bad input, and fails.
   */
  public static boolean isOtherDocument(Path file) {
    if (!Files.isRegularFile(file)
        || file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.ISO_8859_1);
      return !head.contains("%PDF-");
    } catch (IOException e) {
      return false; // unreadable: the acquisition says so
    }
  }

  public static Acquired acquire(Path file) throws AcquisitionException {
    if (!Files.isRegularFile(file)) {
      throw new AcquisitionException(
          file.getFileName().toString(),
          "cannot be read ("
              + (Files.exists(file) ? "not a regular file" : "a link to nothing, or gone")
              + ")");
    }
    try {
      return new Acquired(
          ManifestEntry.Kind.REPORT,
          file,
          Checksums.sha256(file),
          OptionalInt.empty(),
          OptionalInt.empty(),
          Acquired.Source.INPUT_FOLDER);
    } catch (IOException e) {
      throw new AcquisitionException(
          file.getFileName().toString(), "cannot be read (" + e.getMessage() + ")");
    }
  }
}
