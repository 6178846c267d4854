package fr.beta.bilans.extract;

import java.util.Collection;

/**
 * A rectangle on a page in PDF points, origin at the top-left corner of the page, y growing down.
 *
 * <p>This is the convention of the outputs ({@code bbox: [x, y, width, height]}), so that a reader
 * can crop a rendered page without flipping coordinates.
 */
public record Box(double x, double y, double width, double height) {

  public Box {
    if (!(width >= 0) || !(height >= 0)) {
      throw new IllegalArgumentException("width and height must be >= 0: " + width + "x" + height);
    }
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public Box union(Box other) {
    double left = Math.min(x, other.x);
    double top = Math.min(y, other.y);
    return new Box(
        left,
        top,
        Math.max(right(), other.right()) - left,
        Math.max(bottom(), other.bottom()) - top);
  }

  public boolean contains(double px, double py) {
    return px >= x && px <= right() && py >= y && py <= bottom();
  }

  /** Length of the overlap of the two boxes' horizontal extents, 0 when they do not overlap. */
  public double horizontalOverlap(Box other) {
    return Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
  }

  /** Length of the overlap of the two boxes' vertical extents, 0 when they do not overlap. */
  public double verticalOverlap(Box other) {
    return Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
  }

  /** The box rounded to hundredths of a point, so that outputs are stable across platforms. */
  public Box rounded() {
    return new Box(round(x), round(y), round(width), round(height));
  }

  public static Box enclosing(Collection<Box> boxes) {
    if (boxes.isEmpty()) {
      throw new IllegalArgumentException("no boxes to enclose");
    }
    Box result = null;
    for (Box box : boxes) {
      result = result == null ? box : result.union(box);
    }
    return result;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
