package fr.beta.bilans.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.PdfBuilder;
import fr.beta.bilans.testing.TesseractTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report with a chart in an image, run as a user runs it: the chart's values become figures. */
class ChartFiguresPipelineTest {

  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void report() throws Exception {
    input = Files.createDirectories(dir.resolve("in"));
    new PdfBuilder()
        .title("Bilan 2023")
        .text(60, 60, 20, "48 nouveaux agents publics ont rejoint le programme en 2023.")
        .image(
            60,
            100,
            600,
            320,
            ChartImages.bars(
                2019,
                new int[] {12, 40, 25, 60, 48},
                new String[] {"12", "40", "25", "60", "48"},
                new boolean[] {false, true, false, true, true}))
        .write(input.resolve("bilan-2023.pdf"));
  }

  private JsonNode run(Path output, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--input",
                input.toString(),
                "--no-summaries",
                "--output",
                output.toString(),
                "--ocr-cache",
                dir.resolve("ocr").toString()));
    args.addAll(List.of(more));
    new Cli().run(args.toArray(String[]::new));
    return new ObjectMapper().readTree(output.resolve("figures.json").toFile());
  }

  @Test
  void givesEachYearOfTheChartTheMetricTheTextStatesForOneOfThem() throws Exception {
    TesseractTool.required();

    JsonNode figures = run(dir.resolve("out"));

    List<String> chart = new ArrayList<>();
    for (JsonNode f : figures.path("figures")) {
      if (f.path("method").asText().equals("chart")) {
        chart.add(
            f.path("metric").asText()
                + " "
                + f.path("period").asText()
                + " "
                + f.path("value").asText());
        // Placed inside the image's box on the page.
        assertThat(f.path("bbox").get(0).asDouble()).isBetween(60.0, 660.0);
        assertThat(f.path("bbox").get(1).asDouble()).isBetween(100.0, 420.0);
      }
    }
    assertThat(chart)
        .containsExactlyInAnyOrder(
            "new_public_agents 2019 12",
            "new_public_agents 2020 40",
            "new_public_agents 2021 25",
            "new_public_agents 2022 60");
    JsonNode ocr = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).path("ocr");
    assertThat(ocr.path("enabled").asBoolean()).isTrue();
    assertThat(ocr.path("images_read").asInt()).isPositive();
  }

  @Test
  void readsNoImageWithNoOcr() throws Exception {
    JsonNode figures = run(dir.resolve("out-no-ocr"), "--no-ocr");

    assertThat(figures.path("figures").findValuesAsText("method")).doesNotContain("chart");
    JsonNode run = new ObjectMapper().readTree(dir.resolve("out-no-ocr/run.json").toFile());
    assertThat(run.path("ocr").path("enabled").asBoolean()).isFalse();
    assertThat(run.path("warnings").toString()).doesNotContain("tesseract");
  }

  @Test
  void goesOnWithTheTextLayerAndSaysSoWhenTesseractIsMissing() throws Exception {
    System.setProperty("bilans.tesseract.dir", dir.resolve("nowhere").toString() + "/");
    try {
      JsonNode figures = run(dir.resolve("out-missing"));

      assertThat(figures.path("figures").findValuesAsText("value")).contains("48");
      JsonNode run = new ObjectMapper().readTree(dir.resolve("out-missing/run.json").toFile());
      assertThat(run.path("ocr").path("enabled").asBoolean()).isFalse();
      assertThat(run.path("warnings").toString()).contains("tesseract cannot be run");
      assertThat(run.path("exit_code").asInt()).isLessThan(2);
    } finally {
      System.clearProperty("bilans.tesseract.dir");
    }
  }
}
