package fr.beta.bilans.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A table is replaced whole, and a job that died in the middle of a swap leaves a whole table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableStoreTest {

  private SparkSession spark;

  @BeforeAll
  void start() {
    spark = LocalSpark.session();
  }

  private Dataset<Row> years(Integer... years) {
    return spark
        .createDataset(java.util.Arrays.asList(years), Encoders.INT())
        .toDF(Tables.YEAR)
        .withColumn(
            "report", functions.concat(functions.lit("Bilan "), functions.col(Tables.YEAR)));
  }

  /** The years of the table's rows (a null year is read as no row: none is left in the tests). */
  private static List<Integer> yearsOf(TableStore store) throws Exception {
    return store.read("t").orElseThrow().select(Tables.YEAR).as(Encoders.INT()).collectAsList();
  }

  private static List<String> partitions(TableStore store, Integer... years) {
    return java.util.Arrays.stream(years).map(TableStore::partition).toList();
  }

  @Test
  void onlyThePartitionsOfTheGivenYearsAreReplacedAndNoStagingIsLeft(@TempDir Path dir)
      throws Exception {
    TableStore store = new TableStore(spark, dir.toString());
    store.replace("t", years(2020, 2021, null), partitions(store, 2020, 2021, null));
    Path untouched = dir.resolve("t").resolve("report_year=2020");
    long written = Files.getLastModifiedTime(untouched).toMillis();

    store.replace("t", years(2021, 2022, 2022), partitions(store, 2021, 2022, null));

    assertThat(yearsOf(store)).containsExactlyInAnyOrder(2020, 2021, 2022, 2022);
    assertThat(dir.resolve("t").resolve("report_year=" + TableStore.NULL_YEAR))
        .as("a partition of the given years that the new rows leave empty is gone")
        .doesNotExist();
    assertThat(Files.getLastModifiedTime(untouched).toMillis()).isEqualTo(written);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("t");
    }
  }

  @Test
  void aPartitionThatADeadJobLeftAsideIsPutBack(@TempDir Path dir) throws Exception {
    TableStore store = new TableStore(spark, dir.toString());
    store.replace("t", years(2020, 2021), partitions(store, 2020, 2021));
    // A job that died between its two renames of 2021: the old partition aside, the new staged.
    Files.createDirectories(dir.resolve("t.old"));
    Files.move(
        dir.resolve("t").resolve("report_year=2021"),
        dir.resolve("t.old").resolve("report_year=2021"));
    Files.createDirectories(dir.resolve("t.staging").resolve("report_year=2021"));

    store.recover("t");

    assertThat(yearsOf(store)).containsExactlyInAnyOrder(2020, 2021);
    assertThat(dir.resolve("t.old")).doesNotExist();
    assertThat(dir.resolve("t.staging")).doesNotExist();
  }
}
