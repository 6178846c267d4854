package fr.beta.bilans.pipeline;

import fr.beta.bilans.figures.Figure;
import java.util.List;

/** What became of one report of the batch. */
public sealed interface ReportOutcome permits ReportOutcome.Processed, ReportOutcome.Failed {

  String file();

  /**
   * Extracted and matched ({@code fromCache} when an earlier run's extraction was reused), its
   * document already written ({@code document}, relative to the output folder) so that the batch
   * keeps only its figures and numbers (mentions) in memory; {@code warnings} are problems that did
   * not stop it.
   */
  record Processed(
      String file,
      java.nio.file.Path path,
      String sha256,
      String source,
      ReportYear year,
      int pages,
      String document,
      List<Figure> figures,
      List<fr.beta.bilans.figures.Mention> mentions,
      boolean fromCache,
      long extractMillis,
      long matchMillis,
      List<String> warnings)
      implements ReportOutcome {
    public Processed {
      figures = List.copyOf(figures);
      mentions = List.copyOf(mentions);
      warnings = List.copyOf(warnings);
    }

    /** The same outcome with other figures (after a check across the run's reports). */
    public Processed withFigures(List<Figure> kept) {
      return new Processed(
          file,
          path,
          sha256,
          source,
          year,
          pages,
          document,
          kept,
          mentions,
          fromCache,
          extractMillis,
          matchMillis,
          warnings);
    }
  }

  /** Stopped at {@code stage} for {@code reason}; the rest of the batch went on. */
  record Failed(String file, String stage, String reason) implements ReportOutcome {
    /** The failure in one line: {@code file: stage failed: reason}. */
    public String describe() {
      return file + ": " + stage + " failed: " + reason;
    }
  }
}
