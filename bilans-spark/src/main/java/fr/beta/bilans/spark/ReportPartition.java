package fr.beta.bilans.spark;

import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.Box;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.pipeline.RecordCodec;
import fr.beta.bilans.pipeline.ReportTask;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The task: each report of a partition (path, SHA-256, and its stored extraction with the
 * fingerprint of what made it, used when this executor would make the same) to one {@link
 * Tables#RESULT} row; the task reads the report's bytes itself, so that they never travel between
 * executors. A report that cannot be read is a row with its stage and error, never a failed task;
 * each step is bounded in time.
 */
final class ReportPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<JobSettings> settings;

  ReportPartition(Broadcast<JobSettings> settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    JobSettings job = settings.value();
    Configuration hadoop = job.hadoop();
    List<Row> results = new ArrayList<>();
    while (files.hasNext()) {
      Row file = files.next();
      results.add(
          process(
              job,
              hadoop,
              file.getAs("path"),
              file.getAs("sha256"),
              file.getAs("bytes"),
              file.getAs("modified"),
              file.getAs("extraction"),
              file.getAs("stored_fingerprint")));
    }
    return results.iterator();
  }

  private static Row process(
      JobSettings job,
      Configuration hadoop,
      String path,
      String sha256,
      long bytes,
      java.sql.Timestamp modified,
      byte[] stored,
      String storedFingerprint) {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
    String name = file.getName();
    ExecutorResources.Executor executor;
    try {
      executor = ExecutorResources.executor(job);
    } catch (ExecutorResources.UnfitException e) {
      return new ReportRow(job, "unknown", path, name, sha256, bytes, modified)
          .failed(ReportRow.EXECUTOR, e.getMessage());
    }
    String fingerprint = executor.extractionFingerprint();
    byte[] content;
    try (InputStream in = file.getFileSystem(hadoop).open(file)) {
      content = in.readAllBytes();
    } catch (IOException e) {
      return new ReportRow(job, fingerprint, path, name, sha256, bytes, modified)
          .failed(ReportRow.READ, "cannot read it: " + e);
    }
    ReportRow row = new ReportRow(job, fingerprint, path, name, sha256, bytes, modified);
    if (!Checksums.sha256(content).equals(sha256)) {
      return row.failed(ReportRow.READ, "it changed while the job read it");
    }
    ReportTask task = executor.task();
    long t0 = System.nanoTime();
    ExtractedReport report;
    byte[] extraction = null;
    try {
      if (stored != null && fingerprint.equals(storedFingerprint)) {
        report = RecordCodec.fromGzipped(stored, ExtractedReport.class);
        row.reused();
      } else {
        report = extract(task, name, sha256, content);
        extraction = RecordCodec.gzipped(report);
      }
    } catch (ReportTask.Failure e) {
      return row.failed(e.stage(), e.getMessage());
    } catch (IOException e) {
      return row.failed("extract", "cannot read or write its extraction: " + e.getMessage());
    }
    long t1 = System.nanoTime();
    ReportTask.Matched matched;
    try {
      matched = task.match(report, OptionalInt.empty());
    } catch (ReportTask.Failure e) {
      return row.timed(t1 - t0, System.nanoTime() - t1).failed(e.stage(), e.getMessage());
    }
    row.timed(t1 - t0, System.nanoTime() - t1);
    int year = matched.year().year();
    List<Row> figures = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    try {
      for (Figure f : matched.figures()) {
        figures.add(figure(f, sha256, year));
      }
      for (Mention m : matched.mentions()) {
        mentions.add(mention(m, sha256, year));
      }
    } catch (IOException e) {
      return row.failed("match", "cannot encode its figures: " + e.getMessage());
    }
    return RowFactory.create(
        row.processed(matched, report.pageCount()), seq(figures), seq(mentions), extraction);
  }

  /** The bytes to a file of the report's own name (the name is part of what it says). */
  private static ExtractedReport extract(
      ReportTask task, String name, String sha256, byte[] content)
      throws ReportTask.Failure, IOException {
    Path folder = Files.createTempDirectory("bilans-task");
    Path pdf = folder.resolve(name);
    try {
      Files.write(pdf, content);
      return task.extract(pdf, sha256);
    } finally {
      Files.deleteIfExists(pdf);
      Files.deleteIfExists(folder);
    }
  }

  private static Row figure(Figure f, String sha256, int year) throws IOException {
    return RowFactory.create(
        f.provenance().report(),
        sha256,
        year,
        f.metric().id(),
        f.period().iso(),
        f.kind().id(),
        decimal(f.value()),
        decimal(f.halfInterval()),
        f.unit().id(),
        f.currency().orElse(null),
        f.qualifier().map(q -> q.id()).orElse(null),
        f.provenance().page(),
        box(f.provenance().bbox()),
        f.provenance().text(),
        f.provenance().method().id(),
        seq(f.terms()),
        f.score(),
        RecordCodec.json(f));
  }

  private static Row mention(Mention m, String sha256, int year) throws IOException {
    return RowFactory.create(
        m.report(),
        sha256,
        year,
        decimal(m.number().value()),
        decimal(m.number().halfInterval()),
        m.number().text(),
        m.number().unitShown().map(u -> u.id()).orElse(null),
        m.qualifier().map(q -> q.id()).orElse(null),
        m.page(),
        box(m.box()),
        m.period().iso(),
        m.metric().map(id -> id.id()).orElse(null),
        m.method().id(),
        m.label(),
        RecordCodec.json(m));
  }

  private static BigDecimal decimal(BigDecimal value) {
    return value.setScale(9, java.math.RoundingMode.HALF_EVEN);
  }

  private static scala.collection.Seq<Double> box(Box box) {
    Box r = box.rounded();
    return seq(List.of(r.x(), r.y(), r.width(), r.height()));
  }

  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
