package fr.beta.bilans.pipeline;

import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.publish.DocumentJson;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each report's document as soon as it is extracted, so that a batch holds one extraction
 * per thread in memory, not one per report: first under a name of its own in the staging folder,
 * then, once all are done, under {@code reports/<year>/document.json}, reports of a same year
 * numbered by file name ({@code 2024}, {@code 2024-2}, ...) so that names do not depend on which
 * thread finished first.
 */
final class Documents {

  private static final String PENDING = ".documents";

  private final Path folder;

  Documents(Path folder) {
    this.folder = folder;
  }

  /** Writes the document of the report at {@code index} of the batch; returns its pending path. */
  String write(
      int index, ExtractedReport report, ReportYear year, List<Mention> mentions, String locale)
      throws IOException {
    String pending = PENDING + "/" + index + ".json";
    Json.write(
        folder.resolve(pending),
        DocumentJson.of(report, year.year(), year.source(), mentions, locale));
    return pending;
  }

  /**
   * Moves the documents of the processed reports to their final names, in file-name order; returns
   * the final path of each pending one.
   */
  Map<String, String> place(List<ReportOutcome.Processed> processed) throws IOException {
    Map<Integer, Integer> perYear = new HashMap<>();
    Map<String, String> placed = new HashMap<>();
    for (ReportOutcome.Processed p :
        processed.stream().sorted((a, b) -> a.file().compareTo(b.file())).toList()) {
      int n = perYear.merge(p.year().year(), 1, Integer::sum);
      String name = "reports/" + p.year().year() + (n == 1 ? "" : "-" + n) + "/document.json";
      Path target = folder.resolve(name);
      Files.createDirectories(target.getParent());
      Files.move(folder.resolve(p.document()), target, StandardCopyOption.REPLACE_EXISTING);
      placed.put(p.document(), name);
    }
    Files.deleteIfExists(folder.resolve(PENDING));
    return placed;
  }
}
