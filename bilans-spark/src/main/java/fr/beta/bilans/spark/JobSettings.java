package fr.beta.bilans.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * What every task of the job needs, sent once to each executor (a broadcast): the catalog's bytes,
 * the time bound of a report, the OCR asked for, and the fingerprints that say whether a stored row
 * was made by this code and this catalog (an extraction's also names the executor's tesseract).
 *
 * @param hadoopConfiguration the driver's Hadoop settings (file systems, credentials), written out:
 *     a task reads its report's bytes itself, where the job listed them
 * @param ocrCache the executors' folder for tesseract's readings, empty for each one's default (a
 *     string: {@code Optional} is not serializable)
 */
record JobSettings(
    String catalogName,
    byte[] catalogBytes,
    String catalogSha256,
    long timeoutSeconds,
    boolean ocr,
    String ocrCache,
    String codeFingerprint,
    byte[] hadoopConfiguration)
    implements Serializable {

  static byte[] written(Configuration configuration) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      configuration.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  Configuration hadoop() {
    Configuration configuration = new Configuration(false);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(hadoopConfiguration))) {
      configuration.readFields(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return configuration;
  }

  /** What tells two settings apart (a record's equality would compare the catalog's arrays). */
  String key() {
    return String.join(
        "|",
        catalogSha256,
        Long.toString(timeoutSeconds),
        Boolean.toString(ocr),
        ocrCache,
        codeFingerprint);
  }
}
