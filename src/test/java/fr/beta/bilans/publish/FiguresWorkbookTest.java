package fr.beta.bilans.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.Reconciliation;
import fr.beta.bilans.testing.Figures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresWorkbookTest {

  @TempDir Path dir;

  private static String entry(ZipFile zip, String name) throws Exception {
    return new String(
        zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void writesValuesAsNumbersWithFormatsByUnitAndPeriodsAsText() throws Exception {
    List<Figure> figures =
        List.of(
            Figures.actual("program_budget_eur", "2021", "6 821 046 €", 2021, 34),
            Figures.actual("nps", "2021-10", "62", 2021, 29));
    Path file = dir.resolve("figures.xlsx");

    FiguresWorkbook.write(
        file,
        figures,
        Set.of(),
        new Reconciliation(List.of(), List.of()),
        Acknowledgements.NONE,
        id -> id.equals("nps") ? "Net Promoter Score" : "Financement",
        id -> id.equals("nps") ? Unit.SCORE : Unit.EUR);

    try (ZipFile zip = new ZipFile(file.toFile())) {
      String sheet = entry(zip, "xl/worksheets/sheet1.xml");
      String strings = entry(zip, "xl/sharedStrings.xml");
      String styles = entry(zip, "xl/styles.xml");
      // G2 holds the budget: a number cell (no string type), its value in full.
      assertThat(sheet).containsPattern("<c r=\"G2\"[^>]*><v>6821046</v>");
      assertThat(sheet).doesNotContainPattern("<c r=\"G2\"[^>]*t=\"s\"");
      // E3 holds the period of the NPS: a string, never a date.
      assertThat(sheet).containsPattern("<c r=\"E3\"[^>]*t=\"s\"");
      assertThat(strings).contains("2021-10", "Net Promoter Score");
      assertThat(styles).contains("formatCode=\"#,##0\\ \\€\"").doesNotContain("\"€\"");
      assertThat(sheet).contains("<autoFilter ref=\"A1:M");
    }
  }
}
