package fr.beta.bilans.ocr;

/**
 * A value a chart prints for one category of its axis (a year), with the label tesseract read, and
 * the height of its bar in pixels (0 where no bar could be measured).
 */
public record ChartPoint(int year, OcrWord label, double barHeight) {}
