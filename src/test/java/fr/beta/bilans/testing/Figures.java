package fr.beta.bilans.testing;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FrenchNumber;
import fr.beta.bilans.figures.FrenchNumbers;
import fr.beta.bilans.figures.Kind;
import fr.beta.bilans.figures.Method;
import fr.beta.bilans.figures.MetricId;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.figures.Unit;

/**
 * Figures for tests, written as a report prints them: {@code actual("program_budget_eur", "2021",
 * "6,8 M€", 2022, 32)}.
 */
public final class Figures {

  private Figures() {}

  /**
   * An actual figure of report {@code "Bilan <reportYear>.pdf"}, read at {@code page}; its unit is
   * the one the printed value shows, else a count.
   */
  public static Figure actual(
      String metric, String period, String printed, int reportYear, int page) {
    FrenchNumber n = FrenchNumbers.parse(printed).orElseThrow();
    return new Figure(
        new MetricId(metric),
        new Period(period),
        Kind.ACTUAL,
        n.value(),
        n.halfInterval(),
        n.unitShown().orElse(Unit.COUNT),
        n.qualifier(),
        reportYear,
        new Provenance(
            "Bilan " + reportYear + ".pdf",
            page,
            new Box(10, 10, 20, 10),
            printed,
            Method.CALLOUT));
  }
}
