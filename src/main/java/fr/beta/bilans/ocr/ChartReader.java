package fr.beta.bilans.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a chart whose category axis is a row of years: each value label is given to the year under
 * it, by position. The structure must hold (years in sequence at a regular step, one value per
 * year), and where the bars (or the filled area) can be measured, each value must fit its bar's
 * height in proportion to the others: a misread label is worse than a missing one. A year left
 * without a value is read again, closely cropped around the top of its bar, where a lone small
 * digit ("7" over the smallest bar) escapes a reading of the whole image.
 */
public final class ChartReader {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChartReader.class);

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern VALUE = Pattern.compile("\\d{1,6}(?:[.,]\\d{1,2})?");

  /** Tesseract's confidence below which a label is not taken: digits misread are costly. */
  static final double MIN_CONFIDENCE = 80;

  /** A bar within this share of the height its value calls for (or a few pixels) fits it. */
  private static final double HEIGHT_TOLERANCE = 0.2;

  /**
   * ... or within this share of a label's height: a bar's foot and an area's line blur that much.
   */
  private static final double HEIGHT_SLACK = 0.6;

  /** Reads a close crop of a chart (tesseract, or what it read of the same crop before). */
  @FunctionalInterface
  public interface CloseReading {
    List<OcrWord> read(BufferedImage crop) throws IOException;
  }

  private final CloseReading closeReading;

  /** {@code closeReading} reads the crops of the second pass; null for none. */
  public ChartReader(CloseReading closeReading) {
    this.closeReading = closeReading;
  }

  public List<ChartPoint> read(BufferedImage image, List<OcrWord> words) throws IOException {
    Optional<List<OcrWord>> axis = axis(words);
    if (axis.isEmpty()) {
      return List.of();
    }
    List<OcrWord> years = axis.get();
    double step =
        (years.get(years.size() - 1).centerX() - years.get(0).centerX()) / (years.size() - 1);
    double axisTop = years.stream().mapToDouble(OcrWord::y).min().orElseThrow();
    double labelHeight = years.stream().mapToDouble(OcrWord::height).average().orElseThrow();
    Bars bars = new Bars(image, axisTop, labelHeight);
    Map<Integer, ChartPoint> points = new LinkedHashMap<>();
    for (OcrWord year : years) {
      int y = Integer.parseInt(year.text());
      Optional<OcrWord> label = valueAbove(words, year.centerX(), step, axisTop);
      double bare = bars.height(year.centerX(), step, Optional.empty());
      if (label.isEmpty() && closeReading != null && bare > 0) {
        label = readClosely(image, year.centerX(), step, axisTop - bare, labelHeight, axisTop);
      }
      double height = bars.height(year.centerX(), step, label);
      label.ifPresent(l -> points.put(y, new ChartPoint(y, l, height)));
    }
    LOG.debug("chart points as read: {}", points.values());
    return consistent(new ArrayList<>(points.values()), HEIGHT_SLACK * labelHeight);
  }

  /** The largest row of year labels in sequence at a regular step, three at least. */
  public static Optional<List<OcrWord>> axis(List<OcrWord> words) {
    List<OcrWord> years =
        words.stream()
            .filter(w -> YEAR.matcher(w.text()).matches() && w.confidence() >= MIN_CONFIDENCE)
            .sorted(Comparator.comparingDouble(OcrWord::centerX))
            .toList();
    List<OcrWord> best = List.of();
    for (OcrWord first : years) {
      double middle = first.y() + first.height() / 2;
      List<OcrWord> row =
          years.stream()
              .filter(w -> Math.abs(w.y() + w.height() / 2 - middle) <= first.height() / 2)
              .toList();
      if (row.size() > best.size() && inSequence(row)) {
        best = row;
      }
    }
    return best.size() >= 3 ? Optional.of(best) : Optional.empty();
  }

  private static boolean inSequence(List<OcrWord> row) {
    double step = (row.get(row.size() - 1).centerX() - row.get(0).centerX()) / (row.size() - 1);
    for (int i = 1; i < row.size(); i++) {
      int gap = Integer.parseInt(row.get(i).text()) - Integer.parseInt(row.get(i - 1).text());
      double dx = row.get(i).centerX() - row.get(i - 1).centerX();
      if (gap != 1 || Math.abs(dx - step) > 0.2 * step) {
        return false;
      }
    }
    return true;
  }

  /** The one confident number above the axis in the year's column; none when two claim it. */
  private static Optional<OcrWord> valueAbove(
      List<OcrWord> words, double x, double step, double axisTop) {
    List<OcrWord> candidates =
        words.stream()
            .filter(w -> VALUE.matcher(w.text()).matches())
            .filter(w -> w.confidence() >= MIN_CONFIDENCE)
            .filter(w -> w.bottom() <= axisTop)
            .filter(w -> Math.abs(w.centerX() - x) <= 0.35 * step)
            .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private Optional<OcrWord> readClosely(
      BufferedImage image, double x, double step, double barTop, double labelHeight, double axisTop)
      throws IOException {
    int left = (int) Math.max(0, x - 0.45 * step);
    int right = (int) Math.min(image.getWidth(), x + 0.45 * step);
    int top = (int) Math.max(0, barTop - 5 * labelHeight);
    int bottom = (int) Math.min(axisTop, barTop + 2.5 * labelHeight);
    if (right - left < 8 || bottom - top < 8) {
      return Optional.empty();
    }
    BufferedImage crop = image.getSubimage(left, top, right - left, bottom - top);

    List<OcrWord> found =
        closeReading.read(crop).stream()
            .map(
                w ->
                    new OcrWord(
                        w.text(), w.x() + left, w.y() + top, w.width(), w.height(), w.confidence()))
            .toList();
    return valueAbove(found, x, step, axisTop);
  }

  /**
   * The points whose values fit their bars: each bar's height over its value, against the median of
   * them all. Without three measured bars, nothing to compare: the points stand as read.
   */
  static List<ChartPoint> consistent(List<ChartPoint> points, double slack) {
    List<Double> ratios =
        points.stream()
            .filter(p -> p.barHeight() > 0 && value(p) > 0)
            .map(p -> p.barHeight() / value(p))
            .sorted()
            .toList();
    if (ratios.size() < 3) {
      return points;
    }
    double ratio = ratios.get(ratios.size() / 2);
    return points.stream()
        .filter(
            p -> {
              if (p.barHeight() <= 0) {
                return true;
              }
              double expected = value(p) * ratio;
              return Math.abs(p.barHeight() - expected)
                  <= Math.max(HEIGHT_TOLERANCE * expected, slack);
            })
        .toList();
  }

  static double value(ChartPoint p) {
    return Double.parseDouble(p.label().text().replace(',', '.'));
  }

  /** Bar heights, measured up from the axis in a column of pixels. */
  private static final class Bars {
    private final BufferedImage image;
    private final int start;
    private final int gap;
    private final int background;

    Bars(BufferedImage image, double axisTop, double labelHeight) {
      this.image = image;
      this.start = (int) axisTop - 2;
      this.gap = (int) Math.max(3, 0.6 * labelHeight);
      this.background = image.getRGB(0, 0);
    }

    /**
     * From just above the axis labels, up through the first run of one colour that is not the
     * background (the bar, or the filled area under a line), across its own label's strokes when
     * the label is printed inside it; 0 when no such run starts near the axis. The label's rows
     * never count as bar: a dark label just above a bar of its colour would make it taller.
     */
    /**
     * The tallest of three columns of pixels around the category's centre: an area chart's first
     * and last points sit on the edge of its fill.
     */
    double height(double centerX, double step, Optional<OcrWord> label) {
      double offset = 0.1 * step;
      return Math.max(
          column(centerX, label),
          Math.max(column(centerX - offset, label), column(centerX + offset, label)));
    }

    private double column(double centerX, Optional<OcrWord> label) {
      int x = (int) Math.round(centerX);
      if (x < 0 || x >= image.getWidth() || start <= 0) {
        return 0;
      }
      int y = start;
      // The axis line and the space above the labels: the bar starts within a few pixels.
      while (y > 0 && start - y <= 2 * gap && similar(image.getRGB(x, y), background)) {
        y--;
      }
      if (start - y > 2 * gap || y <= 0) {
        return 0;
      }
      // The axis line may lie across the bar's foot, in its own colour: the bar's is a little
      // higher.
      int above = Math.max(0, y - 3);
      int bar =
          similar(image.getRGB(x, above), background) ? image.getRGB(x, y) : image.getRGB(x, above);
      int foot = y;
      int labelTop = label.map(l -> (int) Math.floor(l.y()) - 1).orElse(-1);
      int labelBottom = label.map(l -> (int) Math.ceil(l.bottom()) + 1).orElse(-1);
      int lastBar = y;
      int resume = y;
      for (; y >= 0 && resume - y <= gap; y--) {
        if (y >= labelTop && y <= labelBottom) {
          resume = labelTop; // across the label: the gap counts again from its top
          continue;
        }
        if (similar(image.getRGB(x, y), bar)) {
          lastBar = y;
          resume = y;
        }
      }
      return foot - lastBar + 1;
    }

    private static boolean similar(int a, int b) {
      int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
      int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
      int db = (a & 0xff) - (b & 0xff);
      return dr * dr + dg * dg + db * db < 40 * 40;
    }
  }
}
