package fr.beta.bilans.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the words of one image in two passes, because a chart prints its labels both dark on light
 * and light on dark (white values inside coloured bars): the image made gray and enlarged (small
 * labels are below what tesseract reads at their own size), then the same inverted. Where both
 * passes read a word at the same place, the more confident reading stays.
 */
public final class ImageOcr {

  /** Labels of a slide image are a few pixels high: tesseract wants them at least twice that. */
  static final double SCALE = 2.0;

  /** Images are not enlarged beyond this width, so that a full-page scan stays affordable. */
  private static final int MAX_WIDTH = 5000;

  private static final double PROBE_CONFIDENCE = 80;

  /** A box shared this much by two readings is one word read twice. */
  private static final double SAME_WORD = 0.5;

  /** What the settings of a reading are, for the cache key. */
  public String settings() {
    return tesseract.settings() + ";scale=" + SCALE + ";passes=gray,inverted";
  }

  private final Tesseract tesseract;

  public ImageOcr(Tesseract tesseract) {
    this.tesseract = tesseract;
  }

  /**
   * Whether the image holds text at all: one quick pass at its own size, in gray, finds a confident
   * word of a few letters or digits. A photograph or a drawing without words stops there, at a
   * fraction of the cost of a full reading.
   */
  public boolean holdsText(BufferedImage image) throws IOException {
    return tesseract.read(gray(image, 1)).stream()
        .anyMatch(w -> w.confidence() >= PROBE_CONFIDENCE && w.text().matches(".*\\w\\w.*"));
  }

  /** The words of the image, in its own pixels. */
  public List<OcrWord> read(BufferedImage image) throws IOException {
    double scale = Math.min(SCALE, (double) MAX_WIDTH / image.getWidth());
    BufferedImage gray = gray(image, scale);
    List<OcrWord> words = new ArrayList<>(tesseract.read(gray));
    invert(gray);
    for (OcrWord candidate : tesseract.read(gray)) {
      merge(words, candidate);
    }
    words.replaceAll(w -> w.scaled(1 / scale));
    words.sort(Comparator.comparingDouble(OcrWord::y).thenComparingDouble(OcrWord::x));
    return words;
  }

  /** Two readings of one image as one: a word both read at the same place, the more confident. */
  public static List<OcrWord> merged(List<OcrWord> first, List<OcrWord> second) {
    List<OcrWord> words = new ArrayList<>(first);
    second.forEach(candidate -> merge(words, candidate));
    words.sort(Comparator.comparingDouble(OcrWord::y).thenComparingDouble(OcrWord::x));
    return words;
  }

  private static void merge(List<OcrWord> words, OcrWord candidate) {
    for (int i = 0; i < words.size(); i++) {
      OcrWord known = words.get(i);
      if (known.overlap(candidate) >= SAME_WORD) {
        if (candidate.confidence() > known.confidence()) {
          words.set(i, candidate);
        }
        return;
      }
    }
    words.add(candidate);
  }

  private static BufferedImage gray(BufferedImage image, double scale) {
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return gray;
  }

  private static void invert(BufferedImage gray) {
    java.awt.image.WritableRaster raster = gray.getRaster();
    int[] row = new int[gray.getWidth()];
    for (int y = 0; y < gray.getHeight(); y++) {
      raster.getPixels(0, y, gray.getWidth(), 1, row);
      for (int x = 0; x < row.length; x++) {
        row[x] = 255 - row[x];
      }
      raster.setPixels(0, y, gray.getWidth(), 1, row);
    }
  }
}
