package fr.beta.bilans.figures;

import java.util.regex.Pattern;

/**
 * What a figure is about in time: a year ({@code 2023}), a month ({@code 2023-01}) or a day ({@code
 * 2024-01-01}), written as ISO text.
 */
public record Period(String iso) implements Comparable<Period> {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public Period {
    if (!FORMAT.matcher(iso).matches()) {
      throw new IllegalArgumentException("a period is YYYY, YYYY-MM or YYYY-MM-DD: '" + iso + "'");
    }
  }

  public static Period year(int year) {
    return new Period(String.format("%04d", year));
  }

  public static Period month(int year, int month) {
    return new Period(String.format("%04d-%02d", year, month));
  }

  public static Period day(int year, int month, int day) {
    return new Period(String.format("%04d-%02d-%02d", year, month, day));
  }

  public int year() {
    return Integer.parseInt(iso.substring(0, 4));
  }

  public boolean isYear() {
    return iso.length() == 4;
  }

  public boolean isMonth() {
    return iso.length() == 7;
  }

  public boolean isDay() {
    return iso.length() == 10;
  }

  /**
   * Whether two periods name the same moment: equal, or a year N and the state "au 1er janvier N+1"
   * (the end of a year is the start of the next).
   */
  public boolean sameMomentAs(Period other) {
    return equals(other) || endOfYearIs(this, other) || endOfYearIs(other, this);
  }

  private static boolean endOfYearIs(Period year, Period day) {
    return year.isYear()
        && day.isDay()
        && day.iso.endsWith("-01-01")
        && day.year() == year.year() + 1;
  }

  @Override
  public int compareTo(Period other) {
    return iso.compareTo(other.iso);
  }

  @Override
  public String toString() {
    return iso;
  }
}
