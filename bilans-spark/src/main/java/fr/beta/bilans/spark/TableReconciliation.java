package fr.beta.bilans.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.pipeline.RecordCodec;
import fr.beta.bilans.pipeline.SeriesReconciliation;
import fr.beta.bilans.reconcile.Acknowledgements;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The reconciliation on the driver, from the tables: each processed report's figures and mentions
 * read back from their {@code record} column, then the same steps as a local run ({@link
 * SeriesReconciliation}). The driver holds the series' figures (tens a report) and the mentions of
 * the years the summaries speak of (hundreds a report): one output folder is one series, a
 * programme's reports.
 */
final class TableReconciliation {

  private TableReconciliation() {}

  static SeriesReconciliation.Outcome write(
      SparkSession spark, TableStore store, Catalog catalog, List<Path> summaries, Path folder)
      throws IOException {
    Map<String, Integer> years = new TreeMap<>();
    Dataset<Row> reports =
        store
            .read(Tables.REPORTS)
            .orElseThrow(
                () -> new IOException("no reports table in " + store.location(Tables.REPORTS)));
    for (Row r :
        reports
            .where(col("outcome").equalTo("processed"))
            .select("report", Tables.YEAR)
            .collectAsList()) {
      years.put(r.getString(0), r.getInt(1));
    }
    Map<String, List<Figure>> figures = new TreeMap<>();
    Map<String, List<Mention>> mentions = new TreeMap<>();
    years.keySet().forEach(r -> figures.put(r, new ArrayList<>()));
    years.keySet().forEach(r -> mentions.put(r, new ArrayList<>()));
    for (Row r : records(store, Tables.FIGURES, lit(true))) {
      List<Figure> of = figures.get(r.getString(0));
      if (of != null) {
        of.add(RecordCodec.fromJson(r.getString(1), Figure.class));
      }
    }
    // The mentions of the years the summaries speak of, read from those partitions only.
    Set<Integer> claimYears = SeriesReconciliation.claimYears(summaries);
    for (Row r : records(store, Tables.MENTIONS, col(Tables.YEAR).isin(claimYears.toArray()))) {
      List<Mention> of = mentions.get(r.getString(0));
      if (of != null) {
        of.add(RecordCodec.fromJson(r.getString(1), Mention.class));
      }
    }
    List<SeriesReconciliation.ReportFigures> series = new ArrayList<>();
    years.forEach(
        (report, year) ->
            series.add(
                new SeriesReconciliation.ReportFigures(
                    report, year, figures.get(report), mentions.get(report))));
    return SeriesReconciliation.write(folder, catalog, summaries, series, Acknowledgements.NONE);
  }

  private static List<Row> records(TableStore store, String table, Column where)
      throws IOException {
    return store
        .read(table)
        .map(t -> t.where(where).select("report", "record").collectAsList())
        .orElse(List.of());
  }
}
