package fr.beta.bilans.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.testing.TesseractTool;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartReaderTest {

  @TempDir Path cache;

  private static Map<Integer, String> values(List<ChartPoint> points) {
    return points.stream()
        .collect(Collectors.toMap(ChartPoint::year, p -> p.label().text(), (a, b) -> a));
  }

  @Test
  void givesEachLabelToItsYearDarkOnLightAndLightOnDarkAndNoneToABarWithout() throws Exception {
    TesseractTool.required();
    BufferedImage chart =
        ChartImages.bars(
            2019,
            new int[] {12, 40, 25, 60, 48},
            new String[] {"12", "40", null, "60", "48"},
            new boolean[] {false, true, false, true, true});
    OcrService ocr = OcrService.start(cache, false).orElseThrow();

    ImageReading reading = ocr.read(new byte[] {1}, () -> chart, false);

    assertThat(values(reading.chart()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(2019, "12", 2020, "40", 2022, "60", 2023, "48"));
  }

  @Test
  void readsTheSameImageOnceAcrossRuns() throws Exception {
    TesseractTool.required();
    BufferedImage chart =
        ChartImages.bars(
            2019,
            new int[] {12, 40, 25},
            new String[] {"12", "40", "25"},
            new boolean[] {false, false, false});
    OcrService first = OcrService.start(cache, false).orElseThrow();
    first.read(new byte[] {2}, () -> chart, false);
    OcrService second = OcrService.start(cache, false).orElseThrow();

    ImageReading again = second.read(new byte[] {2}, () -> chart, false);

    assertThat(first.imagesRead()).isPositive();
    assertThat(second.imagesRead()).isZero();
    assertThat(second.imagesReused()).isPositive();
    assertThat(values(again.chart())).containsEntry(2020, "40");
  }

  @Test
  void dropsAValueItsBarIsFarTooShortOrTallFor() {
    // Bars of 20, 40, 60 and 80 pixels: the fourth label, read 90 where 40 fits, is a misreading.
    List<ChartPoint> points =
        List.of(
            point(2020, "10", 20),
            point(2021, "20", 40),
            point(2022, "30", 60),
            point(2023, "90", 80));

    assertThat(ChartReader.consistent(points, 10))
        .extracting(ChartPoint::year)
        .containsExactly(2020, 2021, 2022);
  }

  @Test
  void keepsThePointsAsReadWhenTooFewBarsCanBeMeasured() {
    List<ChartPoint> points = List.of(point(2020, "10", 0), point(2021, "90", 40));

    assertThat(ChartReader.consistent(points, 10)).hasSize(2);
  }

  private static ChartPoint point(int year, String text, double bar) {
    return new ChartPoint(year, new OcrWord(text, 0, 0, 10, 10, 95), bar);
  }
}
