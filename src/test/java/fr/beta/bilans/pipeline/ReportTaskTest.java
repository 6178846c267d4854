package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ExtractionLimits;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.testing.PdfBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTaskTest {

  private static ReportTask task(Duration timeout) throws Exception {
    return new ReportTask(
        new CatalogLoader().loadDefault(), ExtractionLimits.DEFAULT, Optional.empty(), timeout);
  }

  @Test
  void readsAReportOfTheYearItsNameTellsAndItsValuesSurviveTheirCodec(@TempDir Path dir)
      throws Exception {
    Path pdf = ReportStageTest.agentsOf2031(dir);
    ReportTask task = task(Duration.ofMinutes(1));

    ExtractedReport report = task.extract(pdf, Checksums.sha256(pdf));
    ReportTask.Matched matched = task.match(report, OptionalInt.empty());

    assertThat(matched.year().year()).isEqualTo(2031);
    assertThat(matched.language()).isEqualTo("fr");
    assertThat(matched.figures())
        .singleElement()
        .satisfies(f -> assertThat(f.metric().id()).isEqualTo("new_public_agents"));
    // What a cluster job stores and reads back is the same value, field for field.
    Figure figure = matched.figures().get(0);
    assertThat(RecordCodec.fromJson(RecordCodec.json(figure), Figure.class)).isEqualTo(figure);
    for (Mention m : matched.mentions()) {
      assertThat(RecordCodec.fromJson(RecordCodec.json(m), Mention.class)).isEqualTo(m);
    }
    assertThat(RecordCodec.fromGzipped(RecordCodec.gzipped(report), ExtractedReport.class))
        .isEqualTo(report);
  }

  @Test
  void aFileThatIsNoPdfFailsAtExtractionWithItsReason(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("notes.pdf"), "only words\n");
    assertThatThrownBy(() -> task(Duration.ofMinutes(1)).extract(text, Checksums.sha256(text)))
        .isInstanceOfSatisfying(
            ReportTask.Failure.class,
            e -> {
              assertThat(e.stage()).isEqualTo("extract");
              assertThat(e.getMessage()).containsIgnoringCase("pdf");
            });
  }

  @Test
  void aReportWhoseYearNothingTellsFailsAtMatching(@TempDir Path dir) throws Exception {
    Path pdf = new PdfBuilder().text(60, 100, 14, "Rapport").write(dir.resolve("rapport.pdf"));
    ReportTask task = task(Duration.ofMinutes(1));
    ExtractedReport report = task.extract(pdf, Checksums.sha256(pdf));
    assertThatThrownBy(() -> task.match(report, OptionalInt.empty()))
        .isInstanceOfSatisfying(
            ReportTask.Failure.class, e -> assertThat(e.stage()).isEqualTo("match"))
        .hasMessage(ReportYear.NOT_FOUND);
  }

  @Test
  void aStepPastItsTimeBoundIsCutOff(@TempDir Path dir) throws Exception {
    PdfBuilder big = new PdfBuilder();
    for (int page = 0; page < 60; page++) {
      big.newPage();
      for (int line = 0; line < 40; line++) {
        big.text(40, 40 + line * 12, 9, "ligne " + line + " de la page " + page + " : 1 234 €");
      }
    }
    Path pdf = big.write(dir.resolve("Bilan 2031.pdf"));
    assertThatThrownBy(() -> task(Duration.ofMillis(1)).extract(pdf, Checksums.sha256(pdf)))
        .isInstanceOfSatisfying(
            ReportTask.Failure.class, e -> assertThat(e.stage()).isEqualTo("extract"))
        .hasMessageContaining("took longer than the limit");
  }
}
