package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The values of a run (an extraction, a figure, a mention) as JSON and back, field for field: what
 * the cache keeps between runs and a cluster job keeps in its tables to read them again. Not an
 * output format: its fields follow the records, whatever the schemas of the outputs say.
 */
public final class RecordCodec {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private RecordCodec() {}

  public static String json(Object value) throws IOException {
    return MAPPER.writeValueAsString(value);
  }

  public static <T> T fromJson(String json, Class<T> type) throws IOException {
    return MAPPER.readValue(json, type);
  }

  public static byte[] gzipped(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeGzipped(bytes, value);
    return bytes.toByteArray();
  }

  public static void writeGzipped(OutputStream out, Object value) throws IOException {
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      MAPPER.writeValue(gzip, value);
    }
  }

  public static <T> T fromGzipped(byte[] bytes, Class<T> type) throws IOException {
    return readGzipped(new ByteArrayInputStream(bytes), type);
  }

  public static <T> T readGzipped(InputStream in, Class<T> type) throws IOException {
    try (InputStream gzip = new GZIPInputStream(in)) {
      return MAPPER.readValue(gzip, type);
    }
  }
}
