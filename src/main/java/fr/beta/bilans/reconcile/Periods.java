package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Period;

/** Which periods of a report can answer for a period stated elsewhere. */
final class Periods {

  private Periods() {}

  /**
   * Whether a figure of period {@code figure} speaks for {@code stated}: the same period, or a year
   * N and the state at the turn of the year (January N+1, "au 1er janvier N+1").
   */
  static boolean compatible(Period stated, Period figure) {
    return stated.equals(figure) || turnOfYear(stated, figure) || turnOfYear(figure, stated);
  }

  private static boolean turnOfYear(Period year, Period other) {
    return year.isYear()
        && !other.isYear()
        && other.year() == year.year() + 1
        && other.iso().startsWith(other.year() + "-01");
  }
}
