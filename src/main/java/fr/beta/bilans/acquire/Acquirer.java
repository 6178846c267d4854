package fr.beta.bilans.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the inputs that a manifest names: a local copy first (the download folder, then the corpus
 * folders), else a download from the entry's public URL into the download folder. Every input's
 * SHA-256 is checked against the manifest.
 *
 * <p>Example: {@code new Acquirer(Path.of("input-pdfs"), List.of(corpusReports), downloader)
 * .acquire(entry)}.
 */
public final class Acquirer {

  private final Path downloadFolder;
  private final List<Path> corpusFolders;
  private final Optional<Downloader> downloader;

  public Acquirer(Path downloadFolder, List<Path> corpusFolders, Optional<Downloader> downloader) {
    this.downloadFolder = downloadFolder;
    this.corpusFolders = List.copyOf(corpusFolders);
    this.downloader = downloader;
  }

  public Acquired acquire(ManifestEntry entry) throws AcquisitionException {
    Path local = downloadFolder.resolve(entry.file());
    if (Files.isRegularFile(local)) {
      return verified(entry, local, Acquired.Source.LOCAL_COPY);
    }
    for (Path folder : corpusFolders) {
      Path candidate = folder.resolve(entry.file());
      if (Files.isRegularFile(candidate)) {
        return verified(entry, candidate, Acquired.Source.CORPUS);
      }
    }
    return downloaded(entry, local);
  }

  private Acquired downloaded(ManifestEntry entry, Path target) throws AcquisitionException {
    String where = "not found in " + downloadFolder + searched();
    if (entry.url().isEmpty()) {
      throw new AcquisitionException(
          entry.file(),
          where + ", and the manifest gives no URL: copy the file into " + downloadFolder);
    }
    if (downloader.isEmpty()) {
      throw new AcquisitionException(
          entry.file(),
          where
              + ", and downloads are off: copy it into "
              + downloadFolder
              + " (it is published at "
              + entry.url().get()
              + ")");
    }
    try {
      Files.createDirectories(downloadFolder);
      downloader.get().download(entry.url().get(), target);
    } catch (IOException e) {
      throw new AcquisitionException(
          entry.file(),
          where
              + ", and downloading "
              + entry.url().get()
              + " failed ("
              // A refused or unreachable connection says nothing of itself: name what it is.
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "): download it by hand into "
              + downloadFolder);
    }
    return verified(entry, target, Acquired.Source.DOWNLOADED);
  }

  private String searched() {
    List<String> names = new ArrayList<>();
    corpusFolders.forEach(f -> names.add(f.toString()));
    return names.isEmpty() ? "" : " or " + String.join(" or ", names);
  }

  private static Acquired verified(ManifestEntry entry, Path path, Acquired.Source source)
      throws AcquisitionException {
    String actual;
    try {
      actual = Checksums.sha256(path);
    } catch (IOException e) {
      throw new AcquisitionException(
          entry.file(), "cannot be read at " + path + " (" + e.getMessage() + ")");
    }
    if (!actual.equals(entry.sha256())) {
      throw new AcquisitionException(
          entry.file(),
          "checksum mismatch at "
              + path
              + ": SHA-256 is "
              + actual
              + " but the manifest says "
              + entry.sha256()
              + "; this is not the published file: replace it with the published one or fix the manifest");
    }
    return new Acquired(entry.kind(), path, actual, entry.year(), entry.pages(), source);
  }
}
