package fr.beta.bilans.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.figures.Figure;
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
  void placesAStateAtTheTurnOfTheYearAndLeavesOutValuesOfAMonth() {
    List<Charts.Chart> charts =
        Charts.of(
            List.of(
                figure("services_active", "2024-01-01", "213", 2023),
                figure("services_active", "2025-01-01", "248", 2024),
                figure("nps", "2023", "51", 2023),
                figure("nps", "2023-06", "44", 2023),
                figure("nps", "2024", "45,5", 2024)));
    assertThat(charts).extracting(Charts.Chart::metric).containsExactly("nps", "services_active");
    assertThat(charts.get(1).ticks())
        .extracting(Charts.Tick::label)
        .containsExactly("2023", "2024");
    assertThat(charts.get(0).points()).hasSize(2).noneMatch(Charts.Point::inconsistent);
  }
}
