package fr.beta.bilans.figures;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * What a table column's header says of its cells, by the catalog's column rules: their period and
 * kind ("Résultats 2023" → actual 2023, "Objectifs PLF 2024" → target 2024, "Novembre 2024" → the
 * month). The same for a report's tables and a summary's.
 */
public record ColumnMeaning(Period period, Kind kind) {

  public static Optional<ColumnMeaning> of(Catalog catalog, String header) {
    String text = TextMatcher.flatten(header);
    for (ColumnRule rule : catalog.columns()) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) {
        int year = Integer.parseInt(m.group("year"));
        int month = monthOf(m);
        Period period = month > 0 ? Period.month(year, month) : Period.year(year);
        return Optional.of(new ColumnMeaning(period, rule.kind()));
      }
    }
    return Optional.empty();
  }

  private static int monthOf(Matcher m) {
    try {
      String month = m.group("month");
      return month == null ? 0 : DateExpressions.monthNumber(month);
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }
}
