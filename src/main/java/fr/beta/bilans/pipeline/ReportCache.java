package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.publish.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What earlier runs computed, so that a rerun does not compute it again: the extraction of a report
 * (keyed by its SHA-256 and the code's fingerprint) and the evidence pictures. Figures are not
 * kept: the mentions that every run needs come from the same pass over the numbers. Entries are
 * gzipped JSON or PNG files under {@code <output>/.cache/}; a damaged entry is ignored and
 * recomputed. Entries that a run did not use are pruned at its end, so the cache does not grow with
 * time.
 */
final class ReportCache {

  private final String extractionVariant;

  private static final Logger LOG = LoggerFactory.getLogger(ReportCache.class);

  private final Path folder;
  private final boolean force;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Set<String> written = ConcurrentHashMap.newKeySet();

  /**
   * With {@code force}, nothing an earlier run wrote is read from the cache (it is still written,
   * and what this run wrote can be read again).
   */
  ReportCache(Path folder, boolean force) {
    this(folder, force, "");
  }

  ReportCache(Path folder, boolean force, String extractionVariant) {
    this.extractionVariant = extractionVariant;
    this.folder = folder;
    this.force = force;
  }

  /**
   * The extraction of the PDF, as read with the same OCR (on or off, same engine and settings): a
   * report read without its images is not the same extraction.
   */
  Optional<ExtractedReport> extraction(String sha256) {
    return read(name("extract", sha256 + "|" + extractionVariant), ExtractedReport.class);
  }

  void storeExtraction(ExtractedReport report) {
    write(name("extract", report.sha256() + "|" + extractionVariant), report);
  }

  Optional<byte[]> evidence(String key) {
    String name = name("evidence", key).replace(".json.gz", ".png");
    used.add(name);
    Path file = folder.resolve(name);
    if (force || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  void storeEvidence(String key, byte[] png) {
    String name = name("evidence", key).replace(".json.gz", ".png");
    try {
      AtomicFiles.write(folder.resolve(name), png);
    } catch (IOException e) {
      LOG.warn("cannot write the cache entry {}: {}", name, e.toString());
    }
  }

  /** Deletes the entries this run did not use. */
  void prune() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        if (!used.contains(file.getFileName().toString())) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot prune the cache {}: {}", folder, e.toString());
    }
  }

  private static String name(String kind, String key) {
    String hash =
        Checksums.sha256(
            (ToolVersion.fingerprint() + "|" + kind + "|" + key).getBytes(StandardCharsets.UTF_8));
    return kind + "-" + hash.substring(0, 32) + ".json.gz";
  }

  private <T> Optional<T> read(String name, Class<T> type) {
    used.add(name);
    Path file = folder.resolve(name);
    if ((force && !written.contains(name)) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(RecordCodec.readGzipped(in, type));
    } catch (IOException | RuntimeException e) {
      LOG.warn("ignoring the damaged cache entry {}: {}", name, e.toString());
      return Optional.empty();
    }
  }

  private void write(String name, Object value) {
    try {
      AtomicFiles.write(folder.resolve(name), RecordCodec.gzipped(value));
      written.add(name);
    } catch (IOException e) {
      LOG.warn("cannot write the cache entry {}: {}", name, e.toString());
    }
  }
}
