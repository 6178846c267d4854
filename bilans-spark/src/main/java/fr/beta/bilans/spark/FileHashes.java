package fr.beta.bilans.spark;

import fr.beta.bilans.acquire.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Each listed file (path, size, modification time) with the SHA-256 of its bytes, read where they
 * are; a file that cannot be read gets an empty hash, and its task says why.
 */
final class FileHashes implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("bytes", DataTypes.LongType, false)
          .add("modified", DataTypes.TimestampType, false)
          .add("sha256", DataTypes.StringType, false);

  private final Broadcast<JobSettings> settings;

  FileHashes(Broadcast<JobSettings> settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    Configuration hadoop = settings.value().hadoop();
    List<Row> hashed = new ArrayList<>();
    while (files.hasNext()) {
      Row file = files.next();
      String path = file.getAs("path");
      String sha256;
      Path at = new Path(path);
      try (InputStream in = at.getFileSystem(hadoop).open(at)) {
        sha256 = Checksums.sha256(in);
      } catch (IOException e) {
        sha256 = "";
      }
      hashed.add(RowFactory.create(path, file.getAs("bytes"), file.getAs("modified"), sha256));
    }
    return hashed.iterator();
  }
}
