package fr.beta.bilans.acquire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The list of inputs of a default run: {@code input-pdfs/manifest.json}, in the format of the
 * corpus manifest ({@code {"reports": [{year, file, sha256, bytes, pages, url}], "summaries":
 * [{file, published, sha256, url}]}}).
 */
public record Manifest(List<ManifestEntry> reports, List<ManifestEntry> summaries) {

  public Manifest {
    reports = List.copyOf(reports);
    summaries = List.copyOf(summaries);
  }

  @JsonIgnoreProperties(value = {"bytes", "published"})
  private record RawEntry(Integer year, String file, String sha256, Integer pages, String url) {}

  private record RawManifest(List<RawEntry> reports, List<RawEntry> summaries) {}

  /**
   * Reads a manifest; any problem is reported as an {@link InvalidManifestException} naming the
   * file.
   */
  public static Manifest read(Path file) throws InvalidManifestException {
    RawManifest raw;
    try {
      raw =
          new ObjectMapper()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(file.toFile(), RawManifest.class);
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      throw new InvalidManifestException(
          file + ": unknown key '" + e.getPropertyName() + "'" + line(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // The original message, without Jackson's mention of our internal classes.
      throw new InvalidManifestException(
          file
              + ": "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new InvalidManifestException(file + ": cannot be read (" + e.getMessage() + ")");
    }
    List<String> problems = new ArrayList<>();
    List<ManifestEntry> reports =
        entries(raw.reports(), ManifestEntry.Kind.REPORT, "reports", problems);
    List<ManifestEntry> summaries =
        entries(raw.summaries(), ManifestEntry.Kind.SUMMARY, "summaries", problems);
    if (!problems.isEmpty()) {
      throw new InvalidManifestException(file + ":\n  " + String.join("\n  ", problems));
    }
    return new Manifest(reports, summaries);
  }

  private static String line(com.fasterxml.jackson.core.JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static List<ManifestEntry> entries(
      List<RawEntry> raw, ManifestEntry.Kind kind, String path, List<String> problems) {
    List<ManifestEntry> entries = new ArrayList<>();
    if (raw == null) {
      return entries;
    }
    for (int i = 0; i < raw.size(); i++) {
      RawEntry r = raw.get(i);
      String where = path + "[" + i + "]";
      try {
        if (kind == ManifestEntry.Kind.REPORT && r.year() == null) {
          throw new IllegalArgumentException("a report needs its year");
        }
        entries.add(
            new ManifestEntry(
                kind,
                r.file(),
                r.sha256(),
                r.year() == null ? OptionalInt.empty() : OptionalInt.of(r.year()),
                r.pages() == null ? OptionalInt.empty() : OptionalInt.of(r.pages()),
                r.url() == null ? Optional.empty() : Optional.of(URI.create(r.url()))));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return entries;
  }
}
