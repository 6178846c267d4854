package fr.beta.bilans.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.extract.Box;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place where output JSON is shaped: stable key order, two-space indentation, numbers as
 * written, boxes as {@code [x, y, width, height]}.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          // 5000, not 5E+3: a consumer reads a precision or an amount as printed.
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private Json() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  public static ArrayNode box(Box box) {
    Box r = box.rounded();
    return array().add(r.x()).add(r.y()).add(r.width()).add(r.height());
  }

  public static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  public static byte[] bytes(JsonNode node) {
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return (MAPPER.writer(printer).writeValueAsString(node) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  public static void write(Path file, JsonNode node) throws IOException {
    AtomicFiles.write(file, bytes(node));
  }

  public static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }
}
