package fr.beta.bilans.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.testing.Corpus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extraction of the real reports of ../shared/corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusExtractionTest {

  private final Map<Integer, ExtractedReport> reports = new HashMap<>();
  private JsonNode manifest;

  @BeforeAll
  void extractEveryReport() throws Exception {
    Path corpus = Corpus.folder();
    manifest = new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile());
    ReportExtractor extractor = new ReportExtractor();
    for (JsonNode entry : manifest.path("reports")) {
      Path file = corpus.resolve("reports").resolve(entry.path("file").asText());
      reports.put(
          entry.path("year").asInt(), extractor.extract(file, entry.path("sha256").asText()));
    }
  }

  @Test
  void extractsEveryReportWithThePageCountOfTheManifest() {
    assertThat(reports).hasSize(5);
    for (JsonNode entry : manifest.path("reports")) {
      assertThat(reports.get(entry.path("year").asInt()).pageCount())
          .as(entry.path("file").asText())
          .isEqualTo(entry.path("pages").asInt());
    }
  }

  @ParameterizedTest(name = "{0}: {1} with its label")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021 | 23  | investigations en cours",
        "2021 | 145 | services en cours",
        "2022 | 22  | investigations en cours",
        "2022 | 173 | services en cours",
        "2023 | 36  | investigations en cours",
        "2023 | 213 | services en cours",
        "2023 | 24  | services numériques",
        "2024 | 35  | investigations en cours",
        "2024 | 248 | services en cours",
        "2024 | 30  | services numériques"
      })
  void putsEachStateOfPlayCalloutInTheBlockOfItsLabel(int year, String number, String label) {
    List<TextBlock> blocks =
        reports.get(year).pages().stream()
            .flatMap(p -> p.blocks().stream())
            .filter(b -> b.lines().get(0).text().equals(number))
            .toList();
    assertThat(blocks)
        .as("blocks opening with %s", number)
        .anySatisfy(b -> assertThat(b.text()).contains(label));
  }

  @Test
  void readsThePlfTableOf2023AsRowsAndCells() {
    Optional<Table.TableRow> row =
        reports.get(2023).pages().stream()
            .flatMap(p -> p.tables().stream())
            .flatMap(t -> t.rows().stream())
            .filter(r -> r.label().startsWith("Nombre de nouveaux agents publics"))
            .findFirst();
    assertThat(row).isPresent();
    assertThat(row.get().cells())
        .extracting(Table.TableCell::text)
        .containsExactly("165", "210", "154");
  }

  @Test
  void flagsTheIncubatorCountHiddenUnderTheDividerShapesOf2021() {
    List<HiddenText> hidden =
        reports.get(2021).pages().stream()
            .flatMap(p -> p.hiddenText().stream())
            .filter(h -> h.text().contains("16 incubateurs partenaires"))
            .toList();
    assertThat(hidden)
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.reason()).isEqualTo("painted over by a later shape"));
    assertThat(reports.get(2021).pages().stream().flatMap(p -> p.blocks().stream()))
        .noneMatch(b -> b.text().contains("16 incubateurs partenaires"));
  }

  @Test
  void readsTheTitleMetadataOfTheRepairedReportOf2024() {
    assertThat(reports.get(2024).metadata().title()).contains("Bilan 2024 beta.gouv.fr");
  }
}
