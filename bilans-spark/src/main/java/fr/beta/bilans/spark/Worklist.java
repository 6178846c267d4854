package fr.beta.bilans.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The reports a job must read: the input's files that the {@code reports} table does not hold done
 * by this code and catalog. A file listed with the path, size and modification time of a done row
 * is taken as that row's without reading it (as make and rsync do); the others are hashed, and a
 * hash already done (a copy under another name) is not read again either. A failure of the executor
 * or of the storage is not the report's: its file is read again.
 *
 * @param files the files listed
 * @param hashed those whose bytes were hashed
 * @param todo path, bytes, modified, sha256, and the stored extraction with its fingerprint when
 *     this code made one ({@code extraction}, {@code stored_fingerprint}, else null); persisted
 */
record Worklist(long files, long hashed, long news, Dataset<Row> todo) {

  static Worklist of(
      SparkSession spark,
      TableStore store,
      JobSettings settings,
      Broadcast<JobSettings> shared,
      String input)
      throws IOException {
    // Listing only: the bytes of a file are read by the steps that need them.
    Dataset<Row> listed =
        spark
            .read()
            .format("binaryFile")
            .load(input)
            .select(col("path"), col("length").as("bytes"), col("modificationTime").as("modified"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long files = listed.count();
    Dataset<Row> unknown = listed;
    Optional<Dataset<Row>> reports = store.read(Tables.REPORTS);
    Optional<Dataset<Row>> done = reports.map(r -> r.where(done(settings)));
    if (done.isPresent()) {
      // The rows of a corpus's reports fit in memory: sent to every task, nothing is shuffled.
      unknown =
          unknown.join(
              broadcast(done.get().select("path", "bytes", "modified")),
              new String[] {"path", "bytes", "modified"},
              "left_anti");
    }
    int slots = Math.max(1, 4 * spark.sparkContext().defaultParallelism());
    Dataset<Row> hashed =
        unknown
            .repartition(slots)
            .mapPartitions(new FileHashes(shared), Encoders.row(FileHashes.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long hashedCount = hashed.count();
    Dataset<Row> todo = hashed;
    if (done.isPresent()) {
      todo = todo.join(broadcast(done.get().select("sha256")), "sha256", "left_anti");
    }
    long news = todo.count();
    Optional<Dataset<Row>> extractions = store.read(Tables.EXTRACTIONS);
    if (news > 0 && extractions.isPresent()) {
      // Only the extractions of the reports to read travel, and only those this code made: the
      // task uses one if its executor would make the same (same tesseract, or none).
      Dataset<Row> usable =
          extractions
              .get()
              .where(col("extraction_fingerprint").startsWith(settings.codeFingerprint() + "|"))
              .join(broadcast(todo.select("sha256")), "sha256", "left_semi")
              .select(
                  col("sha256"),
                  col("extraction"),
                  col("extraction_fingerprint").as("stored_fingerprint"));
      todo = todo.join(usable, "sha256", "left_outer");
    } else {
      todo =
          todo.withColumn("extraction", lit(null).cast(DataTypes.BinaryType))
              .withColumn("stored_fingerprint", lit(null).cast(DataTypes.StringType));
    }
    // Materialized before the hashes are let go: the bytes are not read twice for a hash.
    todo = todo.persist(StorageLevel.MEMORY_AND_DISK());
    todo.count();
    hashed.unpersist();
    listed.unpersist();
    return new Worklist(files, hashedCount, news, todo);
  }

  /** The rows of reports done by this code and catalog, their failures of the file's own. */
  private static Column done(JobSettings settings) {
    return col("code_fingerprint")
        .equalTo(settings.codeFingerprint())
        .and(col("catalog_sha256").equalTo(settings.catalogSha256()))
        .and(col("stage").isNull().or(not(col("stage").isin(ReportRow.EXECUTOR, ReportRow.READ))));
  }
}
