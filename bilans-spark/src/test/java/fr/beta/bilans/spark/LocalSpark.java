package fr.beta.bilans.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for all the tests of the JVM: starting one costs seconds, more than most tests.
 * Stopped when the JVM ends.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("bilans-tests")
              .config("spark.ui.enabled", "false")
              // Small data: planning and code generation cost more than they save.
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.codegen.wholeStage", "false")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return session;
  }
}
