package fr.beta.bilans.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder's Parquet tables, each partitioned by report year, updated a year partition at
 * a time: a job rewrites only the years its reports belong to (a night's new reports are of one or
 * two years), never the whole history. The new partitions are written beside the table ({@code
 * <table>.staging}), then each takes its old one's place by two renames, the old one kept aside
 * ({@code <table>.old}) until all are in: a job that dies leaves, in each partition, the old rows
 * or the new ones, never half of either, and the next job puts back any partition it finds missing.
 */
final class TableStore {

  /** The folder name Spark gives the partition of a null year (a report whose year is unknown). */
  static final String NULL_YEAR = "__HIVE_DEFAULT_PARTITION__";

  /** Rows per Parquet file: the files stay few and large enough for the readers of a lake. */
  private static final int ROWS_PER_FILE = 1_000_000;

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;

  TableStore(SparkSession spark, String output) throws IOException {
    this.spark = spark;
    this.root = new Path(output);
    this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** Puts back the partitions that a job which died in a swap left aside, and drops its staging. */
  void recover(String table) throws IOException {
    Path current = path(table);
    Path old = path(table + ".old");
    if (fs.exists(old)) {
      for (FileStatus partition : fs.listStatus(old)) {
        Path target = new Path(current, partition.getPath().getName());
        if (!fs.exists(target)) {
          fs.mkdirs(current);
          fs.rename(partition.getPath(), target);
        }
      }
      fs.delete(old, true);
    }
    fs.delete(path(table + ".staging"), true);
  }

  Optional<Dataset<Row>> read(String table) throws IOException {
    Path current = path(table);
    if (!fs.exists(current)) {
      return Optional.empty();
    }
    return Optional.of(spark.read().parquet(current.toString()));
  }

  /**
   * Replaces the partitions of {@code years} ({@link #partition} names) with {@code rows}: every
   * row those partitions hold afterwards, and no row of another year.
   */
  void replace(String table, Dataset<Row> rows, Collection<String> years) throws IOException {
    Path current = path(table);
    Path old = path(table + ".old");
    Path staging = path(table + ".staging");
    fs.delete(staging, true);
    rows.repartition(col(Tables.YEAR)) // one file per year, not one per task and year
        .write()
        .mode(SaveMode.Overwrite)
        .option("maxRecordsPerFile", ROWS_PER_FILE)
        .partitionBy(Tables.YEAR)
        .parquet(staging.toString());
    fs.mkdirs(current);
    fs.mkdirs(old);
    for (String year : years) {
      Path was = new Path(current, year);
      Path now = new Path(staging, year);
      if (fs.exists(was) && !fs.rename(was, new Path(old, year))) {
        throw new IOException("cannot move " + was + " aside to replace it");
      }
      if (fs.exists(now) && !fs.rename(now, was)) {
        throw new IOException("cannot move " + now + " to " + was);
      }
    }
    fs.delete(old, true);
    fs.delete(staging, true);
  }

  /** The folder name of a year's partition. */
  static String partition(Integer year) {
    return Tables.YEAR + "=" + (year == null ? NULL_YEAR : year);
  }

  String location(String table) {
    return path(table).toString();
  }

  private Path path(String table) {
    return new Path(root, table);
  }
}
