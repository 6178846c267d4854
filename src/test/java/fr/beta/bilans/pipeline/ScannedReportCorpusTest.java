package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Cli;
import fr.beta.bilans.testing.Corpus;
import fr.beta.bilans.testing.TesseractTool;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned report: pages of a corpus report rendered to pictures (150 dpi, JPEG, as a scanner
 * gives them) and rebuilt into a PDF with no text layer, against the same pages as the report
 * prints them. The pages are those where the report's text layer states figures.
 */
class ScannedReportCorpusTest {

  private static final int PAGES = 8;
  private static final float DPI = 150;

  @Test
  void aScannedReportYieldsMostFiguresOfItsTextVersionAndNoneItDoesNot(@TempDir Path dir)
      throws Exception {
    TesseractTool.required();
    Path report = Corpus.report(2023);
    String name = report.getFileName().toString();
    List<Integer> pages = pagesWithFigures(report, dir.resolve("probe"));
    assertThat(pages).hasSize(PAGES);

    Path text = Files.createDirectories(dir.resolve("text")).resolve(name);
    Path scan = Files.createDirectories(dir.resolve("scan")).resolve(name);
    try (PDDocument source = PDDocument.load(report.toFile());
        PDDocument printed = new PDDocument();
        PDDocument scanned = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int page : pages) {
        printed.importPage(source.getPage(page - 1));
        PDRectangle box = source.getPage(page - 1).getMediaBox();
        BufferedImage picture = renderer.renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        PDPage sheet = new PDPage(box);
        scanned.addPage(sheet);
        PDImageXObject image = JPEGFactory.createFromImage(scanned, picture, 0.85f);
        try (PDPageContentStream content = new PDPageContentStream(scanned, sheet)) {
          content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
        }
      }
      printed.save(text.toFile());
      scanned.save(scan.toFile());
    }

    Set<String> fromText = figures(run(text.getParent(), dir.resolve("out-text"), true));
    Set<String> fromScan = figures(run(scan.getParent(), dir.resolve("out-scan"), true));

    Set<String> found = new HashSet<>(fromScan);
    found.retainAll(fromText);
    assertThat((double) found.size() / fromText.size())
        .as(
            "recall: of the text version's %s, missed %s",
            fromText.size(), minus(fromText, fromScan))
        .isGreaterThanOrEqualTo(0.80);
    assertThat((double) found.size() / fromScan.size())
        .as("precision: not in the text version %s", minus(fromScan, fromText))
        .isGreaterThanOrEqualTo(0.95);
  }

  /** The first pages of the report where its text layer states a figure (in page order). */
  private static List<Integer> pagesWithFigures(Path report, Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.copy(report, input.resolve(report.getFileName()));
    JsonNode figures = run(input, dir.resolve("out"), false);
    TreeSet<Integer> pages = new TreeSet<>();
    figures.path("figures").forEach(f -> pages.add(f.path("page").asInt()));
    return new ArrayList<>(pages).subList(0, Math.min(PAGES, pages.size()));
  }

  /** A run as a user starts it, over a folder; the page-sized pictures take time to read. */
  private static JsonNode run(Path input, Path output, boolean ocr) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--input",
                input.toString(),
                "--no-summaries",
                "--timeout",
                "600",
                "--output",
                output.toString()));
    if (!ocr) {
      args.add("--no-ocr");
    }
    new Cli().run(args.toArray(String[]::new));
    return new ObjectMapper().readTree(output.resolve("figures.json").toFile());
  }

  /** Each figure as page, metric, period, kind and value. */
  private static Set<String> figures(JsonNode json) {
    Set<String> figures = new TreeSet<>();
    for (JsonNode f : json.path("figures")) {
      figures.add(
          String.join(
              "|",
              f.path("page").asText(),
              f.path("metric").asText(),
              f.path("period").asText(),
              f.path("kind").asText(),
              f.path("value").decimalValue().stripTrailingZeros().toPlainString()));
    }
    return figures;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}
