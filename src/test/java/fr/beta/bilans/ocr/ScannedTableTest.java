package fr.beta.bilans.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.PdfBuilder;
import fr.beta.bilans.testing.TesseractTool;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned page (one picture, no text layer) holding a table whose cells are lone digits and whose
 * headers run over two lines: its rows, columns and headers are read from the words.
 */
class ScannedTableTest {

  private static final int SCALE = 2; // pixels per point: a 144 dpi scan

  @Test
  void aTableOfAScannedPageGivesItsFiguresByRowAndColumn(@TempDir Path dir) throws Exception {
    TesseractTool.required();
    Path input = Files.createDirectories(dir.resolve("in"));
    new PdfBuilder().image(0, 0, 960, 540, scan()).write(input.resolve("Bilan 2023.pdf"));

    new Cli()
        .run(
            "run",
            "--input",
            input.toString(),
            "--no-summaries",
            "--output",
            dir.resolve("out").toString(),
            "--ocr-cache",
            dir.resolve("ocr").toString());

    JsonNode figures =
        new ObjectMapper().readTree(dir.resolve("out").resolve("figures.json").toFile());
    List<String> read = new ArrayList<>();
    for (JsonNode f : figures.path("figures")) {
      read.add(
          String.join(
              " ",
              f.path("metric").asText(),
              f.path("period").asText(),
              f.path("kind").asText(),
              f.path("value").asText(),
              f.path("method").asText()));
    }
    assertThat(read)
        .containsExactlyInAnyOrder(
            "products_launched 2022 actual 8 table",
            "products_launched 2023 target 8 table",
            "products_launched 2023 actual 7 table",
            "new_public_agents 2022 actual 165 table",
            "new_public_agents 2023 target 210 table",
            "new_public_agents 2023 actual 154 table");
  }

  /** The page as a scanner gives it: the table drawn in black on white. */
  private static BufferedImage scan() {
    BufferedImage page = new BufferedImage(960 * SCALE, 540 * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.scale(SCALE, SCALE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    int[] columns = {520, 670, 820};
    String[][] headers = {{"Résultats", "2022"}, {"Objectifs", "2023"}, {"Résultats", "2023"}};
    for (int c = 0; c < columns.length; c++) {
      g.drawString(headers[c][0], columns[c], 110);
      g.drawString(headers[c][1], columns[c] + 10, 128);
    }
    String[][] rows = {
      {"Produits lancés par la DINUM", "8", "8", "7"},
      {"Nouveaux agents publics embarqués", "165", "210", "154"}
    };
    for (int r = 0; r < rows.length; r++) {
      int y = 200 + r * 60;
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString(rows[r][0], 40, y);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      for (int c = 0; c < columns.length; c++) {
        g.drawString(rows[r][c + 1], columns[c] + 25, y);
      }
    }
    g.dispose();
    return page;
  }
}
