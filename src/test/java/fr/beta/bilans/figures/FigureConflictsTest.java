package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.beta.bilans.testing.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureConflictsTest {

  @Test
  void marksValuesThatAnotherReportContradictsButNotOnesThatMeetByRounding() {
    Figure said = Figures.actual("nps", "2021-10", "62", 2021, 29);
    Figure restated = Figures.actual("nps", "2021-10", "61", 2022, 28);
    Figure exact = Figures.actual("program_budget_eur", "2021", "6 821 046 €", 2021, 34);
    Figure rounded = Figures.actual("program_budget_eur", "2021", "6,8 M€", 2022, 12);
    Figure alone = Figures.actual("nps", "2022", "56", 2022, 28);

    assertThat(FigureConflicts.of(List.of(said, restated, exact, rounded, alone)))
        .containsExactlyInAnyOrder(said, restated);
  }
}
