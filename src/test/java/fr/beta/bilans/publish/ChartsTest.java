package fr.beta.bilans.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.testing.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static Figure figure(String metric, String period, String printed, int reportYear) {
    return Figures.actual(metric, period, printed, reportYear, 1);
  }

  @Test
  void marksAYearWhoseValuesDisagreeButNotOneWhoseValuesAgreeByRounding() {
    List<Charts.Chart> charts =
        Charts.of(
            List.of(
                figure("program_budget_eur", "2021", "6 821 046 €", 2021),
                figure("program_budget_eur", "2021", "6,8 M€", 2022),
                figure("program_budget_eur", "2022", "6 719 365 €", 2022),
                figure("active_members", "2020", "550", 2020),
                figure("active_members", "2020", "500", 2020),
                figure("active_members", "2021", "915", 2021)));
    assertThat(charts)
        .extracting(Charts.Chart::metric, Charts.Chart::hasInconsistency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("active_members", true),
            org.assertj.core.groups.Tuple.tuple("program_budget_eur", false));
  }

  @Test
  void placesEachValueAtItsOwnMomentAndLeavesAGapForAMissingYear() {
    List<Charts.Chart> charts =
        Charts.of(
            List.of(
                figure("nps", "2020", "49", 2020),
                figure("nps", "2021-01", "49", 2021),
                figure("nps", "2021-10", "62", 2021),
                figure("nps", "2023", "51", 2023),
                figure("nps", "2024", "45,5", 2024)));
    Charts.Chart nps = charts.get(0);
    assertThat(nps.ticks())
        .extracting(Charts.Tick::label)
        .containsExactly("2020", "2021", "2022", "2023", "2024");
    double x2021 = nps.ticks().get(1).x();
    double x2022 = nps.ticks().get(2).x();
    // January 2021 is early in 2021 (not the 2020 of a year's end); October late in it.
    assertThat(nps.points())
        .filteredOn(p -> p.label().startsWith("2021-01"))
        .singleElement()
        .satisfies(p -> assertThat(p.x()).isLessThan(x2021).isGreaterThan(nps.ticks().get(0).x()));
    assertThat(nps.points())
        .filteredOn(p -> p.label().startsWith("2021-10"))
        .singleElement()
        .satisfies(p -> assertThat(p.x()).isGreaterThan(x2021).isLessThan(x2022));
    // Nothing in 2022: the line stops at October 2021 and starts again in 2023.
    assertThat(nps.lines()).hasSize(2);
    assertThat(nps.points()).extracting(Charts.Point::value).contains("45,5", "62");
    assertThat(nps.levels()).extracting(Charts.Level::label).containsExactly("0", "50", "100");
  }

  @Test
  void paintsRedAValueThatAFailedCrossCheckInvolvesAndSaysWhy() {
    Figure said = figure("nps", "2021-10", "62", 2021);
    Figure restated = figure("nps", "2021-10", "61", 2022);
    Figure other = figure("nps", "2022", "56", 2022);
    Finding failed =
        new Finding(
            Finding.Check.RESTATED,
            "nps",
            "2021-10",
            Finding.Verdict.FAILED,
            "beyond rounding",
            List.of(restated, said),
            "the 2022 report restates 61; the 2021 report said 62");
    Charts.Chart nps =
        Charts.of(List.of(said, restated, other), List.of(failed), m -> "Net Promoter Score")
            .get(0);
    assertThat(nps.label()).isEqualTo("Net Promoter Score");
    assertThat(nps.points())
        .filteredOn(Charts.Point::inconsistent)
        .extracting(Charts.Point::value)
        .containsExactlyInAnyOrder("61", "62");
    assertThat(nps.reasons()).anySatisfy(r -> assertThat(r).startsWith("2021-10: restated"));
    assertThat(nps.points())
        .filteredOn(p -> p.value().equals("56"))
        .singleElement()
        .satisfies(p -> assertThat(p.inconsistent()).isFalse());
  }
}
