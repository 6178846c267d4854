package fr.beta.bilans.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/** Validates an output file against the JSON Schema that bilans ships for it. */
public final class Schemas {

  private Schemas() {}

  public static void assertValid(Path file, String schemaName) throws IOException {
    JsonSchema schema;
    try (InputStream in =
        Schemas.class.getResourceAsStream(
            "/fr/beta/bilans/schemas/" + schemaName + ".schema.json")) {
      assertThat(in).as("schema " + schemaName).isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).as(file + " against " + schemaName + ".schema.json").isEmpty();
  }
}
