package fr.beta.bilans.spark;

import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogSource;
import fr.beta.bilans.pipeline.SeriesReconciliation;
import fr.beta.bilans.pipeline.ToolVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The per-report stage of bilans over a corpus that Spark reads: every file of {@code --input} (a
 * path or glob, local, HDFS or S3) not already in {@code --output} with this code and catalog is
 * extracted and matched in a task, and the {@code reports}, {@code figures}, {@code mentions} (and
 * {@code extractions}) tables are replaced by their old rows plus the new ones. With {@code
 * --summary}, the driver then reconciles the summaries with the tables into {@code
 * <output>/reconciliation/}, as a local run would.
 */
@Command(
    name = "bilans-spark",
    mixinStandardHelpOptions = true,
    versionProvider = BilansJob.Version.class,
    sortOptions = false,
    footer = {
      "",
      "Examples:",
      "  bilans-spark/run-local --input ../shared/corpus/reports --output /tmp/tables \\",
      "      --summary ../shared/corpus/summaries/bilans-du-programme.2025-03-14.md",
      "  spark-submit --class fr.beta.bilans.spark.BilansJob JOB.jar \\",
      "      --input 's3a://lake/rapports/*/*.pdf' --output s3a://lake/bilans --no-ocr",
      "",
      "A report already in the tables with this code and catalog is not read again; one whose"
          + " catalog changed is matched again from its stored extraction."
    },
    description = {
      "Reads yearly report PDFs with Spark into Parquet tables of reports, figures and mentions,"
          + " partitioned by report year; reconciles the summaries given with them.",
      "",
      "Exit codes: 0 done, no open problem; 1 done, the reconciliation has open problems;"
          + " 2 bad usage or nothing could be read."
    })
public final class BilansJob implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "The reports: a folder, file or glob Spark reads (file:, hdfs:, s3a: …).")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "The folder of the Parquet tables (created, or updated in place).")
  String output;

  @Option(
      names = "--catalog",
      paramLabel = "NAME|FILE",
      description = "The catalog of key figures: a shipped name (beta, cds) or a YAML file.")
  String catalog = "beta";

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "A Markdown summary to reconcile with the tables (repeatable; local file).")
  List<Path> summaries = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Time bound of each step of a report, past which it fails (default 300).")
  long timeoutSeconds = 300;

  @Option(names = "--no-ocr", description = "Do not read the text inside images.")
  boolean noOcr;

  @Option(
      names = "--ocr-cache",
      paramLabel = "DIR",
      description =
          "Each executor's folder of tesseract's readings (default: its own"
              + " ~/.cache/bilans/ocr).")
  String ocrCache;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark's master when not started by spark-submit (local[2] …).")
  String master;

  /** The version of the bilans code the job runs. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bilans-spark " + ToolVersion.fingerprint()};
    }
  }

  public static void main(String[] args) {
    CommandLine command =
        new CommandLine(new BilansJob())
            .setExecutionExceptionHandler(
                (e, line, parsed) -> {
                  // An unreadable input or catalog, an output that cannot be written: said in one
                  // line, exit 2 (1 is for the problems the reconciliation finds).
                  line.getErr().println("bilans-spark: " + e.getMessage());
                  return 2;
                });
    System.exit(command.execute(args));
  }

  @Override
  public Integer call() throws IOException, CatalogException {
    SparkSession.Builder builder = SparkSession.builder().appName("bilans");
    if (master != null) {
      builder = builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      if (master != null) {
        spark.sparkContext().setLogLevel("WARN"); // a local run: the job's lines, not Spark's
      }
      return run(spark).exitCode();
    } finally {
      if (master != null) {
        spark.stop();
      }
    }
  }

  /**
   * What a job did: the files it listed, those whose bytes it hashed (the others were in the
   * tables, unchanged), those it read anew (not in the tables with this code and catalog), and its
   * exit code.
   */
  record Outcome(long files, long hashed, long readAnew, int exitCode) {}

  /** The job in the given session. */
  Outcome run(SparkSession spark) throws IOException, CatalogException {
    CatalogSource source = CatalogSource.named(catalog);
    source.load(); // a broken catalog stops the job here, not in every task
    JobSettings settings = settings(source, spark);
    TableStore store = new TableStore(spark, output);
    for (String table :
        List.of(Tables.REPORTS, Tables.FIGURES, Tables.MENTIONS, Tables.EXTRACTIONS)) {
      store.recover(table);
    }
    long started = System.nanoTime();
    Broadcast<JobSettings> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(settings);
    Worklist work = Worklist.of(spark, store, settings, shared, input);
    if (work.files() == 0) {
      System.err.println("bilans-spark: no file matches " + input);
      return new Outcome(0, 0, 0, 2);
    }
    long news = work.news();
    System.err.printf(
        "bilans-spark: %d file(s) listed, %d hashed, %d to read (not in the tables with this code"
            + " and catalog), in %.1f s%n",
        work.files(), work.hashed(), news, (System.nanoTime() - started) / 1e9);
    // One report a task up to a few tasks a core: small tasks balance large reports and let a
    // slow one be run again elsewhere (speculation).
    int partitions =
        (int) Math.max(1, Math.min(news, 4L * spark.sparkContext().defaultParallelism()));
    Dataset<Row> results =
        work.todo()
            .repartition(partitions)
            .mapPartitions(new ReportPartition(shared), Encoders.row(Tables.RESULT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    started = System.nanoTime();
    long computed = news == 0 ? 0 : results.count();
    System.err.printf(
        "bilans-spark: %d report(s) read in %.1f s%n",
        computed, (System.nanoTime() - started) / 1e9);
    if (computed > 0) {
      started = System.nanoTime();
      new TableMerge(store, results).run();
      System.err.printf(
          "bilans-spark: tables written in %.1f s: %s%n",
          (System.nanoTime() - started) / 1e9, output);
    }
    results.unpersist();
    work.todo().unpersist();
    if (summaries.isEmpty()) {
      return new Outcome(work.files(), work.hashed(), computed, 0);
    }
    SeriesReconciliation.Outcome outcome =
        TableReconciliation.write(
            spark, store, source.load(), summaries, Path.of(output, "reconciliation"));
    System.err.printf(
        "bilans-spark: %d figures, %d claims (%d disagree), %d failed cross-checks: %d open"
            + " problem(s), see %s%n",
        outcome.figures(),
        outcome.claims(),
        outcome.disagreements(),
        outcome.failedChecks(),
        outcome.problems(),
        Path.of(output, "reconciliation", "reconciliation.md"));
    return new Outcome(work.files(), work.hashed(), computed, outcome.problems() > 0 ? 1 : 0);
  }

  private JobSettings settings(CatalogSource source, SparkSession spark) {
    return new JobSettings(
        source.name(),
        source.bytes(),
        source.sha256(),
        timeoutSeconds,
        !noOcr,
        ocrCache == null ? "" : ocrCache,
        ToolVersion.fingerprint(),
        JobSettings.written(spark.sparkContext().hadoopConfiguration()));
  }
}
