package fr.beta.bilans.extract;

import java.util.List;

/**
 * A chart drawn in an image of a page, read by OCR: its box on the page and the value it prints for
 * each year of its axis.
 */
public record Chart(Box box, List<Point> points) {

  public Chart {
    points = List.copyOf(points);
  }

  /** The value printed for one year: as read, where it stands on the page, OCR's confidence. */
  public record Point(int year, String printed, Box box, double confidence) {}
}
