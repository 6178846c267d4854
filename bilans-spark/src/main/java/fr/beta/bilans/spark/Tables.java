package fr.beta.bilans.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's tables and their columns. {@code reports} has one row per report read (processed or
 * failed); {@code figures} and {@code mentions} the rows of processed reports, with the fields of
 * {@code figures.json} and of a document's mentions, and {@code record}, the value as the core
 * reads it back (JSON); {@code extractions} keeps each report's extraction, so that a changed
 * catalog matches again without extracting again. All are partitioned by {@code report_year} (a
 * report whose year is unknown stands in the partition of the null year).
 */
final class Tables {

  static final String REPORTS = "reports";
  static final String FIGURES = "figures";
  static final String MENTIONS = "mentions";
  static final String EXTRACTIONS = "extractions";
  static final String YEAR = "report_year";

  /** Exact to the billionth, with room for any amount in euros. */
  static final DataType DECIMAL = createDecimalType(38, 9);

  static final StructType REPORT =
      struct(
          field("path", StringType, false),
          field("report", StringType, false),
          field("sha256", StringType, false),
          field("bytes", LongType, false),
          field("modified", TimestampType, false),
          field(YEAR, IntegerType, true),
          field("report_year_source", StringType, true),
          field("outcome", StringType, false),
          field("stage", StringType, true),
          field("error", StringType, true),
          field("pages", IntegerType, true),
          field("language", StringType, true),
          field("figures", IntegerType, false),
          field("mentions", IntegerType, false),
          field("warnings", createArrayType(StringType, false), false),
          field("extraction_reused", BooleanType, false),
          field("extract_ms", LongType, false),
          field("match_ms", LongType, false),
          field("code_fingerprint", StringType, false),
          field("catalog_sha256", StringType, false),
          field("extraction_fingerprint", StringType, false));

  static final StructType FIGURE =
      struct(
          field("report", StringType, false),
          field("sha256", StringType, false),
          field(YEAR, IntegerType, false),
          field("metric", StringType, false),
          field("period", StringType, false),
          field("kind", StringType, false),
          field("value", DECIMAL, false),
          field("precision", DECIMAL, false),
          field("unit", StringType, false),
          field("currency", StringType, true),
          field("qualifier", StringType, true),
          field("page", IntegerType, false),
          field("bbox", createArrayType(DoubleType, false), false),
          field("text", StringType, false),
          field("method", StringType, false),
          field("terms", createArrayType(StringType, false), false),
          field("score", DoubleType, false),
          field("record", StringType, false));

  static final StructType MENTION =
      struct(
          field("report", StringType, false),
          field("sha256", StringType, false),
          field(YEAR, IntegerType, false),
          field("value", DECIMAL, false),
          field("precision", DECIMAL, false),
          field("printed", StringType, false),
          field("unit", StringType, true),
          field("qualifier", StringType, true),
          field("page", IntegerType, false),
          field("bbox", createArrayType(DoubleType, false), false),
          field("period", StringType, false),
          field("metric", StringType, true),
          field("method", StringType, false),
          field("label", StringType, false),
          field("record", StringType, false));

  static final StructType EXTRACTION =
      struct(
          field("sha256", StringType, false),
          field(YEAR, IntegerType, true),
          field("extraction_fingerprint", StringType, false),
          field("extraction", BinaryType, false));

  /** What a task returns for one report: its row, and its other tables' rows nested. */
  static final StructType RESULT =
      struct(
          field(REPORTS, REPORT, false),
          field(FIGURES, createArrayType(FIGURE, false), false),
          field(MENTIONS, createArrayType(MENTION, false), false),
          field("extraction", BinaryType, true));

  private Tables() {}

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
