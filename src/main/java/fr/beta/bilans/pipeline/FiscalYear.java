package fr.beta.bilans.pipeline;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Period;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A report of a fiscal year ("exercice 2023-2024") speaks of that fiscal year where it gives no
 * other date: its figures and mentions dated by the report's year (the year the fiscal year ends)
 * are dated by the fiscal year itself.
 */
final class FiscalYear {

  private FiscalYear() {}

  static List<Figure> figures(List<Figure> figures, ReportYear year) {
    return dated(figures, year, Figure::period, Figure::withPeriod);
  }

  static List<Mention> mentions(List<Mention> mentions, ReportYear year) {
    return dated(mentions, year, Mention::period, Mention::withPeriod);
  }

  private static <T> List<T> dated(
      List<T> items, ReportYear year, Function<T, Period> period, BiFunction<T, Period, T> with) {
    if (year.period().isEmpty()) {
      return items;
    }
    Period calendar = Period.year(year.year());
    Period fiscal = Period.fiscal(year.period().get());
    return items.stream()
        .map(item -> period.apply(item).equals(calendar) ? with.apply(item, fiscal) : item)
        .toList();
  }
}
