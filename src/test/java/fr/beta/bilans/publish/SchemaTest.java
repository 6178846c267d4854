package fr.beta.bilans.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.beta.bilans.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

  @TempDir Path dir;

  private static final String FIGURE =
      """
      {"report": "Bilan 2031.pdf", "report_year": 2031, "metric": "services_active", "period": "2032-01-01",
       "kind": "actual", "value": 260, "precision": 0, "unit": "count", "qualifier": null, "page": 10,
       "bbox": [1.5, 2, 30, 12], "text": "260 services", "method": "callout", "conflict": false%s}
      """;

  @Test
  void acceptsAFigureWithAFieldAddedLater() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("figures.json"),
            "{\"schema\": \"bilans/figures/1\", \"figures\": ["
                + FIGURE.formatted(", \"new_field\": 1")
                + "]}");
    Schemas.assertValid(file, "figures");
  }

  @Test
  void refusesAFigureWithoutItsPageOrWithAnUnknownKind() throws Exception {
    String noPage = FIGURE.formatted("").replace("\"page\": 10,", "");
    Path file =
        Files.writeString(
            dir.resolve("figures.json"),
            "{\"schema\": \"bilans/figures/1\", \"figures\": [" + noPage + "]}");
    assertThatThrownBy(() -> Schemas.assertValid(file, "figures"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("page");
    String badKind = FIGURE.formatted("").replace("\"actual\"", "\"guess\"");
    Path other =
        Files.writeString(
            dir.resolve("other.json"),
            "{\"schema\": \"bilans/figures/1\", \"figures\": [" + badKind + "]}");
    assertThatThrownBy(() -> Schemas.assertValid(other, "figures"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("kind");
  }

  @Test
  void refusesAnotherSchemaVersion() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("figures.json"), "{\"schema\": \"bilans/figures/2\", \"figures\": []}");
    assertThatThrownBy(() -> Schemas.assertValid(file, "figures"))
        .isInstanceOf(AssertionError.class);
    assertThat(file).exists();
  }
}
