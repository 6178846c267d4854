package fr.beta.bilans.ocr;

/**
 * One word that tesseract read in an image: its text, its box in the image's pixels (from the top
 * left corner) and tesseract's confidence in it, from 0 to 100.
 */
public record OcrWord(
    String text, double x, double y, double width, double height, double confidence) {

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  /** The same word in an image {@code factor} times as large (or smaller). */
  OcrWord scaled(double factor) {
    return new OcrWord(text, x * factor, y * factor, width * factor, height * factor, confidence);
  }

  /** How much of the smaller of the two boxes the other one covers. */
  double overlap(OcrWord other) {
    double w = Math.min(right(), other.right()) - Math.max(x, other.x);
    double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
    if (w <= 0 || h <= 0) {
      return 0;
    }
    return w * h / Math.min(width * height, other.width * other.height);
  }
}
