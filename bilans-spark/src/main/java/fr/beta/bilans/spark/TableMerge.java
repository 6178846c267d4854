package fr.beta.bilans.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each table's years touched by the reports read anew become their old rows, less those of these
 * reports, plus the new rows. The {@code reports} table goes last: it is what says a report is
 * done, so a job that dies before it reads those reports again next time.
 */
final class TableMerge {

  private final TableStore store;
  private final Dataset<Row> results;
  private final Dataset<Row> newShas;

  TableMerge(TableStore store, Dataset<Row> results) {
    this.store = store;
    this.results = results;
    this.newShas = results.select(col("reports.sha256").as("sha256")).distinct();
  }

  void run() throws IOException {
    // A report's rows stand in its year's partition in every table: the years to rewrite are
    // those of the new reports and of the rows they replace.
    Set<String> years = new TreeSet<>(partitions(results.select("reports." + Tables.YEAR)));
    Optional<Dataset<Row>> reports = store.read(Tables.REPORTS);
    if (reports.isPresent()) {
      years.addAll(partitions(reports.get().join(broadcast(newShas), "sha256", "left_semi")));
    }
    Dataset<Row> extractions =
        results
            .where(col("extraction").isNotNull())
            .select(
                col("reports.sha256").as("sha256"),
                col("reports." + Tables.YEAR).as(Tables.YEAR),
                col("reports.extraction_fingerprint").as("extraction_fingerprint"),
                col("extraction"));
    // The three tables are independent: written at once (Spark runs the jobs side by side).
    List<Callable<Void>> writes =
        List.of(
            () -> merge(Tables.FIGURES, nested(results, Tables.FIGURES), newShas, years),
            () -> merge(Tables.MENTIONS, nested(results, Tables.MENTIONS), newShas, years),
            // A report matched again from its stored extraction keeps that extraction's row.
            () ->
                merge(
                    Tables.EXTRACTIONS,
                    extractions,
                    extractions.select("sha256").distinct(),
                    years));
    ExecutorService pool = Executors.newFixedThreadPool(writes.size());
    try {
      for (Future<Void> write : pool.invokeAll(writes)) {
        write.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the tables", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    merge(Tables.REPORTS, results.select("reports.*"), newShas, years);
  }

  private Void merge(String table, Dataset<Row> fresh, Dataset<Row> replaced, Set<String> years)
      throws IOException {
    Optional<Dataset<Row>> old = store.read(table);
    Dataset<Row> rows = fresh;
    if (old.isPresent()) {
      // The hashes of a night's reports fit in memory: sent to every task, no shuffle of the table.
      rows =
          old.get()
              .where(inYears(years))
              .join(broadcast(replaced), "sha256", "left_anti")
              .unionByName(fresh);
    }
    store.replace(table, rows, years);
    return null;
  }

  /** The new rows of each table, exploded from the tasks' results. */
  private static Dataset<Row> nested(Dataset<Row> results, String table) {
    return results.select(explode(col(table)).as("row")).select("row.*");
  }

  private static List<String> partitions(Dataset<Row> rows) {
    List<String> names = new ArrayList<>();
    for (Row r : rows.select(Tables.YEAR).distinct().collectAsList()) {
      names.add(TableStore.partition(r.isNullAt(0) ? null : r.getInt(0)));
    }
    return names;
  }

  private static Column inYears(Set<String> partitions) {
    List<Integer> years = new ArrayList<>();
    boolean unknown = false;
    for (String p : partitions) {
      String value = p.substring(p.indexOf('=') + 1);
      if (value.equals(TableStore.NULL_YEAR)) {
        unknown = true;
      } else {
        years.add(Integer.valueOf(value));
      }
    }
    Column in = col(Tables.YEAR).isin(years.toArray());
    return unknown ? in.or(col(Tables.YEAR).isNull()) : in;
  }
}
