package fr.beta.bilans.ocr;

import java.util.List;

/** What OCR read in one image: its words, and the values of the chart it draws, if it is one. */
public record ImageReading(List<OcrWord> words, List<ChartPoint> chart) {

  public ImageReading {
    words = List.copyOf(words);
    chart = List.copyOf(chart);
  }
}
