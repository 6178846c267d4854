package fr.beta.bilans.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Bar charts drawn as a slide tool exports them: years under the axis, each bar's value printed
 * above it in dark on light bars, or inside it in white on dark bars; a value of null leaves its
 * bar without a label.
 */
final class ChartImages {

  static final int WIDTH = 1200;
  static final int HEIGHT = 640;
  private static final int AXIS = 560;
  private static final double PIXELS_PER_UNIT = 4;

  private ChartImages() {}

  /**
   * {@code values[i]} is drawn for {@code firstYear + i}; {@code printed[i]} is the label printed
   * on it (null for none), so that a test can print a label its bar does not fit.
   */
  static BufferedImage bars(int firstYear, int[] values, String[] printed, boolean[] dark) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    int step = (WIDTH - 100) / values.length;
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    g.setFont(font);
    for (int i = 0; i < values.length; i++) {
      int center = 80 + step * i + step / 2;
      int height = (int) Math.round(values[i] * PIXELS_PER_UNIT);
      g.setColor(dark[i] ? new Color(0x1a, 0x27, 0xa7) : new Color(0xb8, 0xc4, 0xf0));
      g.fillRect(center - step / 3, AXIS - height, 2 * step / 3, height);
      if (printed[i] != null) {
        int width = g.getFontMetrics().stringWidth(printed[i]);
        g.setColor(dark[i] ? Color.WHITE : new Color(0x1a, 0x27, 0xa7));
        int baseline = dark[i] ? AXIS - height + 40 : AXIS - height - 14;
        g.drawString(printed[i], center - width / 2, baseline);
      }
      g.setColor(Color.DARK_GRAY);
      g.setFont(font.deriveFont(Font.PLAIN, 22f));
      String year = Integer.toString(firstYear + i);
      g.drawString(year, center - g.getFontMetrics().stringWidth(year) / 2, AXIS + 40);
      g.setFont(font);
    }
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(2));
    g.drawLine(40, AXIS + 1, WIDTH - 20, AXIS + 1);
    g.dispose();
    return image;
  }
}
