package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.testing.PdfBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStageTest {

  /** A one-page report of 2031 whose callout states its new public agents: 212. */
  static Path agentsOf2031(Path dir) throws java.io.IOException {
    return new PdfBuilder()
        .text(60, 100, 28, "212")
        .text(60, 130, 14, "nouveaux agents publics embarqués en 2031")
        .write(dir.resolve("Bilan 2031.pdf"));
  }

  @Test
  void runsBareAndServesTheSecondExtractionOfAReportFromTheCache(@TempDir Path dir)
      throws Exception {
    Path pdf = agentsOf2031(dir);
    Acquired input =
        new Acquired(
            fr.beta.bilans.acquire.ManifestEntry.Kind.REPORT,
            pdf,
            Checksums.sha256(pdf),
            OptionalInt.of(2031),
            OptionalInt.empty(),
            Acquired.Source.INPUT_FOLDER);
    AtomicInteger extractions = new AtomicInteger();
    ReportStage.Extraction bare =
        in -> {
          extractions.incrementAndGet();
          return ReportStage.extraction(new fr.beta.bilans.extract.ReportExtractor()).extract(in);
        };
    ReportCache cache = new ReportCache(dir.resolve("cache"), false);
    ReportStage.Extraction cached = new ReportStage.CachedExtraction(bare, cache);
    CatalogOnDemand catalog = CatalogOnDemand.of(new CatalogLoader().loadDefault());
    ReportStage.Matching matching = new ReportStage.CatalogMatching(catalog);

    ReportStage.Extracted first = cached.extract(input);
    ReportStage.Extracted second = cached.extract(input);
    ExtractedReport report = second.report();
    List<Figure> figures = matching.read(report, ReportYear.given(2031)).figures();

    assertThat(extractions).hasValue(1);
    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(figures)
        .extracting(f -> f.metric().id(), f -> f.value().intValue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("new_public_agents", 212));
    assertThat(matching.read(report, ReportYear.given(2031)).figures()).isEqualTo(figures);
    assertThat(matching.read(report, ReportYear.given(2031)).mentions())
        .singleElement()
        .satisfies(m -> assertThat(m.label()).contains("agents publics"));
  }
}
