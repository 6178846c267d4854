package fr.beta.bilans.spark;

import fr.beta.bilans.pipeline.ReportTask;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** The {@link Tables#REPORT} row of one report, filled as its task goes. */
final class ReportRow {

  /** The stage of a failure of the executor (no tesseract, no catalog): retried by the next job. */
  static final String EXECUTOR = "executor";

  /** The stage of a failure to read the file's bytes (storage, a file being written): retried. */
  static final String READ = "read";

  private final JobSettings job;
  private final String extractionFingerprint;
  private final String path;
  private final String name;
  private final String sha256;
  private final long bytes;
  private final java.sql.Timestamp modified;
  private boolean reused;
  private long extractMillis;
  private long matchMillis;

  ReportRow(
      JobSettings job,
      String extractionFingerprint,
      String path,
      String name,
      String sha256,
      long bytes,
      java.sql.Timestamp modified) {
    this.job = job;
    this.modified = modified;
    this.extractionFingerprint = extractionFingerprint;
    this.path = path;
    this.name = name;
    this.sha256 = sha256;
    this.bytes = bytes;
  }

  /** The extraction came from the table, made by this code: only the matching runs. */
  void reused() {
    reused = true;
  }

  ReportRow timed(long extractNanos, long matchNanos) {
    extractMillis = extractNanos / 1_000_000;
    matchMillis = matchNanos / 1_000_000;
    return this;
  }

  Row processed(ReportTask.Matched matched, int pages) {
    return row(
        matched.year().year(),
        matched.year().source(),
        "processed",
        null,
        null,
        pages,
        matched.language(),
        matched.figures().size(),
        matched.mentions().size(),
        matched.warnings());
  }

  /** A whole result: the report's failed row, no figures, no mentions, no extraction. */
  Row failed(String stage, String error) {
    Row report = row(null, null, "failed", stage, error, null, null, 0, 0, List.of());
    return RowFactory.create(
        report, ReportPartition.seq(List.of()), ReportPartition.seq(List.of()), null);
  }

  private Row row(
      Integer year,
      String yearSource,
      String outcome,
      String stage,
      String error,
      Integer pages,
      String language,
      int figures,
      int mentions,
      List<String> warnings) {
    return RowFactory.create(
        path,
        name,
        sha256,
        bytes,
        modified,
        year,
        yearSource,
        outcome,
        stage,
        error,
        pages,
        language,
        figures,
        mentions,
        ReportPartition.seq(warnings),
        reused,
        extractMillis,
        matchMillis,
        job.codeFingerprint(),
        job.catalogSha256(),
        extractionFingerprint);
  }
}
