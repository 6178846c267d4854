package fr.beta.bilans.figures;

import java.util.regex.Pattern;

/**
 * What a figure is about in time: a year ({@code 2023}), a month ({@code 2023-01}), a day ({@code
 * 2024-01-01}), or a fiscal year spanning two calendar years ({@code 2023-2024}), written as text.
 */
public record Period(String iso) implements Comparable<Period> {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-\\d{4}");

  public Period {
    if (!FORMAT.matcher(iso).matches()) {
      throw new IllegalArgumentException(
          "a period is YYYY, YYYY-MM, YYYY-MM-DD or a fiscal year YYYY-YYYY: '" + iso + "'");
    }
  }

  /** A fiscal year, from its span as a report tells it ("2023-2024"). */
  public static Period fiscal(String span) {
    return new Period(span);
  }

  /** Whether this is a fiscal year spanning two calendar years. */
  public boolean isFiscal() {
    return iso.length() == 9;
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

  /** The calendar year; for a fiscal year, the year it ends. */
  public int year() {
    return isFiscal() ? Integer.parseInt(iso.substring(5)) : Integer.parseInt(iso.substring(0, 4));
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
   * Whether two periods name the same moment: equal, or a year N and a state at its turn — "fin
   * 2020" (N-12-31), "en janvier 2021", "au 1er janvier 2021" (January N+1). The one home of the
   * rule "January N+1 speaks for year N".
   */
  public boolean sameMomentAs(Period other) {
    return equals(other) || turnOf(this, other) || turnOf(other, this);
  }

  /** The year that a period describes: a state at the turn of a year describes the year ending. */
  public int describedYear() {
    return (isMonth() || isDay()) && iso.substring(5, 7).equals("01") ? year() - 1 : year();
  }

  private static boolean turnOf(Period year, Period moment) {
    if (!year.isYear() || moment.isYear()) {
      return false;
    }
    return moment.iso.startsWith((year.year() + 1) + "-01")
        || moment.iso.equals(year.year() + "-12-31");
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
