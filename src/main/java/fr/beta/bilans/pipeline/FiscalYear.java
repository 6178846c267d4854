package fr.beta.bilans.pipeline;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Period;
import java.util.List;

/**
 * A report of a fiscal year ("exercice 2023-2024") speaks of that fiscal year where it gives no
 * other date: its figures and mentions dated by the report's year (the year the fiscal year ends)
 * are dated by the fiscal year itself.
 */
final class FiscalYear {

  private FiscalYear() {}

  static List<Figure> figures(List<Figure> figures, ReportYear year) {
    if (year.period().isEmpty()) {
      return figures;
    }
    Period calendar = Period.year(year.year());
    Period fiscal = Period.fiscal(year.period().get());
    return figures.stream()
        .map(f -> f.period().equals(calendar) ? f.withPeriod(fiscal) : f)
        .toList();
  }

  static List<Mention> mentions(List<Mention> mentions, ReportYear year) {
    if (year.period().isEmpty()) {
      return mentions;
    }
    Period calendar = Period.year(year.year());
    Period fiscal = Period.fiscal(year.period().get());
    return mentions.stream()
        .map(m -> m.period().equals(calendar) ? m.withPeriod(fiscal) : m)
        .toList();
  }
}
