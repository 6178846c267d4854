package fr.beta.bilans.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.beta.bilans.testing.PdfBuilder;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExtractorTest {

  @TempDir Path dir;

  private ExtractedPage extractOnePage(PdfBuilder pdf) throws Exception {
    Path file = pdf.write(dir.resolve("test.pdf"));
    ExtractedReport report = new ReportExtractor().extract(file, "0".repeat(64));
    assertThat(report.pages()).hasSize(1);
    return report.pages().get(0);
  }

  private static List<String> blockTexts(ExtractedPage page) {
    return page.blocks().stream().map(TextBlock::text).toList();
  }

  @Test
  void keepsTwoColumnsApartWhenTheirLinesShareBaselines() throws Exception {
    PdfBuilder pdf = new PdfBuilder();
    String[] left = {"La communauté grandit", "chaque année un peu", "plus vite qu'avant"};
    String[] right = {"Les incubateurs se", "multiplient dans les", "ministères partenaires"};
    for (int i = 0; i < 3; i++) {
      pdf.text(40, 100 + 18 * i, 14, left[i]).text(520, 100 + 18 * i, 14, right[i]);
    }
    ExtractedPage page = extractOnePage(pdf);
    assertThat(blockTexts(page))
        .containsExactly(
            "La communauté grandit\nchaque année un peu\nplus vite qu'avant",
            "Les incubateurs se\nmultiplient dans les\nministères partenaires");
  }

  @Test
  void keepsALooselySetListItemInOneBlockAndTheNextItemApart() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(60, 100, 10, "La réponse à 1 946 demandes de soutien ayant")
            .text(60, 116.5f, 10, "valu un taux de satisfaction de 96 %")
            .text(60, 150, 10, "Des comptes rendus chaque semaine");
    assertThat(blockTexts(extractOnePage(pdf)))
        .containsExactly(
            "La réponse à 1 946 demandes de soutien ayant\nvalu un taux de satisfaction de 96 %",
            "Des comptes rendus chaque semaine");
  }

  @Test
  void pairsEachCalloutNumberWithTheLabelUnderIt() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(80, 200, 60, "36")
            .text(380, 200, 60, "213")
            .text(700, 200, 60, "24")
            .text(60, 230, 16, "investigations en cours")
            .text(360, 230, 16, "services en cours")
            .text(680, 230, 16, "services numériques");
    ExtractedPage page = extractOnePage(pdf);
    assertThat(blockTexts(page))
        .containsExactly(
            "36\ninvestigations en cours", "213\nservices en cours", "24\nservices numériques");
  }

  @Test
  void readsARuledTableAsRowsOfCellsUnderTheirHeaders() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(520, 90, 12, "Résultats")
            .text(520, 104, 12, "2022")
            .text(660, 90, 12, "Objectifs")
            .text(660, 104, 12, "PLF 2023")
            .text(800, 90, 12, "Résultats")
            .text(800, 104, 12, "2023")
            .text(30, 150, 12, "Nombre de nouveaux agents publics impliqués")
            .text(540, 158, 12, "165")
            .text(680, 158, 12, "210")
            .text(820, 158, 12, "154")
            .text(30, 166, 12, "dans l'approche beta.gouv.fr")
            .text(30, 210, 12, "Produits à impact national")
            .text(545, 210, 12, "6")
            .text(685, 210, 12, "ND")
            .text(825, 210, 12, "6");
    for (float y : new float[] {120, 185, 230}) {
      pdf.line(20, y, 900, y);
    }
    ExtractedPage page = extractOnePage(pdf);
    assertThat(page.tables()).hasSize(1);
    Table table = page.tables().get(0);
    assertThat(table.columnHeaders())
        .containsExactly("Résultats 2022", "Objectifs PLF 2023", "Résultats 2023");
    assertThat(table.rows())
        .extracting(Table.TableRow::label)
        .containsExactly(
            "Nombre de nouveaux agents publics impliqués dans l'approche beta.gouv.fr",
            "Produits à impact national");
    assertThat(table.rows().get(0).cells())
        .extracting(Table.TableCell::text)
        .containsExactly("165", "210", "154");
    assertThat(table.rows().get(1).cells())
        .extracting(Table.TableCell::text)
        .containsExactly("6", "ND", "6");
  }

  @Test
  void findsNoTableInAPageOfProse() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(
                40,
                100,
                14,
                "En 2023, 6 services ont atteint le statut de service à impact national.")
            .text(40, 118, 14, "Ils ont eu un impact sur la vie de 1 200 000 personnes.");
    assertThat(extractOnePage(pdf).tables()).isEmpty();
  }

  @Test
  void joinsANumberDrawnAsTwoTextRuns() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder().text(100, 100, 20, "1 3").text(126.4f, 100, 20, "42 membres actifs");
    ExtractedPage page = extractOnePage(pdf);
    assertThat(blockTexts(page)).hasSize(1);
    assertThat(blockTexts(page).get(0)).startsWith("1 3").contains("membres actifs");
  }

  @Test
  void keepsAFootnoteMarkerOutOfTheNumberItFollows() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(100, 100, 20, "248")
            .text(138.3f, 94, 11, "1")
            .text(145.3f, 100, 20, " services et 12 membres²");
    TextBlock block = extractOnePage(pdf).blocks().get(0);
    assertThat(block.text()).isEqualTo("248 services et 12 membres");
    assertThat(block.original()).contains("2481", "membres²");
  }

  @Test
  void normalizesLigaturesApostrophesAndNarrowSpacesButKeepsTheOriginal() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder().text(100, 100, 20, "Les eﬀectifs dʼaccompagnement : 1\u202F342");
    TextBlock block = extractOnePage(pdf).blocks().get(0);
    assertThat(block.text()).isEqualTo("Les effectifs d'accompagnement : 1 342");
    assertThat(block.original()).contains("eﬀectifs", "dʼaccompagnement");
  }

  @Test
  void setsApartTextThatTheReaderCannotSee() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(100, 100, 20, "texte visible")
            .text(100, 200, 20, "16 incubateurs partenaires")
            .rectangle(80, 170, 500, 50, new Color(0x1B, 0x2A, 0x8C))
            .text(100, 300, 20, "rendu invisible", Color.BLACK, RenderingMode.NEITHER)
            .text(100, 400, 20, "blanc sur blanc", Color.WHITE, RenderingMode.FILL);
    ExtractedPage page = extractOnePage(pdf);
    assertThat(blockTexts(page)).containsExactly("texte visible");
    assertThat(page.hiddenText())
        .extracting(HiddenText::text, HiddenText::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "16 incubateurs partenaires", "painted over by a later shape"),
            org.assertj.core.groups.Tuple.tuple("rendu invisible", "invisible rendering mode"),
            org.assertj.core.groups.Tuple.tuple("blanc sur blanc", "white text on the blank page"));
  }

  @Test
  void keepsWhiteTextOnAColouredBoxVisible() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .rectangle(80, 70, 400, 50, new Color(0x1B, 0x2A, 0x8C))
            .text(100, 100, 20, "5 589 773", Color.WHITE, RenderingMode.FILL);
    assertThat(blockTexts(extractOnePage(pdf))).containsExactly("5 589 773");
  }

  @Test
  void refusesAFileThatIsNotAPdfWhateverItsName() throws IOException {
    Path html =
        Files.writeString(
            dir.resolve("report.pdf"),
            "<html><body>404 Not Found</body></html>",
            StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new ReportExtractor().extract(html, "0".repeat(64)))
        .isInstanceOf(UnreadableReportException.class)
        .hasMessageContaining("not a PDF")
        .hasMessageContaining("text/html");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertThatThrownBy(() -> new ReportExtractor().extract(empty, "0".repeat(64)))
        .isInstanceOf(UnreadableReportException.class)
        .hasMessageContaining("empty file");
  }

  @Test
  void blamesItselfNotThePdfForAnExceptionItsOwnCodeThrew() {
    IllegalStateException ours = new IllegalStateException("a bug of ours");
    IllegalStateException pdfbox = new IllegalStateException("bad xref");
    pdfbox.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.apache.pdfbox.pdfparser.COSParser", "parse", "COSParser.java", 1),
          new StackTraceElement("fr.beta.bilans.extract.ReportExtractor", "extract", "x.java", 2)
        });

    org.assertj.core.api.Assertions.assertThat(ReportExtractor.thrownByBilans(ours)).isTrue();
    org.assertj.core.api.Assertions.assertThat(ReportExtractor.thrownByBilans(pdfbox)).isFalse();
  }
}
