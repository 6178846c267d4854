package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Reconciliation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code figures.xlsx}: the figures, the claims and the cross-checks for a person's spreadsheet.
 * Values are numbers (the spreadsheet's locale shows them: {@code 1 342}, {@code 45,5} in a French
 * one) with display formats by unit; periods are text, so that "2021-04" never becomes a date; each
 * sheet has its header frozen and a filter row.
 */
public final class FiguresWorkbook {

  private FiguresWorkbook() {}

  public static void write(
      Path file,
      List<Figure> figures,
      Set<Figure> conflicts,
      Reconciliation reconciliation,
      Acknowledgements acknowledgements,
      Function<String, String> labelOf,
      Function<String, Unit> unitOf)
      throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          Workbook workbook = new Workbook(out, "bilans", "1.0");
          figures(workbook.newWorksheet("figures"), figures, conflicts, labelOf);
          claims(workbook.newWorksheet("claims"), reconciliation, acknowledgements, unitOf);
          checks(workbook.newWorksheet("cross-checks"), reconciliation, acknowledgements, labelOf);
          workbook.finish();
        });
  }

  private static void figures(
      Worksheet ws, List<Figure> figures, Set<Figure> conflicts, Function<String, String> labelOf) {
    String[] header = {
      "report",
      "report year",
      "metric",
      "label",
      "period",
      "kind",
      "value",
      "unit",
      "qualifier",
      "pages",
      "method",
      "precision",
      "conflict"
    };
    header(ws, header);
    int r = 1;
    for (FiguresCsv.Row row : FiguresCsv.rows(figures)) {
      Figure f = row.figure();
      ws.value(r, 0, f.provenance().report());
      ws.value(r, 1, f.reportYear());
      ws.value(r, 2, f.metric().id());
      ws.value(r, 3, labelOf.apply(f.metric().id()));
      ws.value(r, 4, f.period().iso());
      ws.value(r, 5, f.kind().id());
      number(ws, r, 6, f.value(), f.unit());
      ws.value(r, 7, f.unit().id());
      ws.value(r, 8, f.qualifier().map(q -> q.id()).orElse(""));
      ws.value(r, 9, row.pageList());
      ws.value(r, 10, f.provenance().method().id());
      number(ws, r, 11, f.halfInterval(), f.unit());
      ws.value(r, 12, conflicts.contains(f));
      r++;
    }
    finish(ws, header.length, r, new double[] {34, 8, 26, 40, 11, 8, 14, 8, 10, 8, 9, 10, 9});
  }

  private static void claims(
      Worksheet ws,
      Reconciliation reconciliation,
      Acknowledgements acknowledgements,
      Function<String, Unit> unitOf) {
    String[] header = {
      "summary",
      "section",
      "claim",
      "metric",
      "period",
      "kind",
      "value",
      "unit",
      "status",
      "report value",
      "report",
      "page",
      "explanation"
    };
    header(ws, header);
    int r = 1;
    for (ClaimCheck c : reconciliation.claims()) {
      Unit unit =
          c.claim()
              .metric()
              .map(m -> m.unit())
              .or(() -> c.claim().number().unitShown())
              .orElse(Unit.COUNT);
      boolean known = acknowledgements.of(c).isPresent();
      ws.value(r, 0, c.claim().summary());
      ws.value(r, 1, c.claim().sectionYear());
      ws.value(r, 2, c.claim().text());
      ws.value(r, 3, c.claim().metric().map(m -> m.label()).orElse(""));
      ws.value(r, 4, c.claim().period().iso());
      ws.value(r, 5, c.claim().kind().id());
      number(ws, r, 6, c.claim().number().value(), unit);
      ws.value(r, 7, unit.id());
      ws.value(r, 8, known ? "acknowledged" : c.status().id());
      if (c.evidence().isPresent()) {
        number(ws, r, 9, c.evidence().get().value(), unit);
        ws.value(r, 10, c.evidence().get().provenance().report());
        ws.value(r, 11, c.evidence().get().provenance().page());
      }
      ws.value(r, 12, c.explanation());
      r++;
    }
    finish(ws, header.length, r, new double[] {30, 8, 50, 30, 11, 8, 14, 8, 13, 14, 34, 6, 60});
  }

  private static void checks(
      Worksheet ws,
      Reconciliation reconciliation,
      Acknowledgements acknowledgements,
      Function<String, String> labelOf) {
    String[] header = {
      "check", "metric", "label", "period", "verdict", "rule", "values", "arithmetic"
    };
    header(ws, header);
    int r = 1;
    for (Finding f : reconciliation.findings()) {
      boolean known = acknowledgements.of(f).isPresent();
      ws.value(r, 0, f.check().id());
      ws.value(r, 1, f.metric());
      ws.value(r, 2, labelOf.apply(f.metric()));
      ws.value(r, 3, f.period());
      ws.value(r, 4, known ? "acknowledged" : f.verdict().id());
      ws.value(r, 5, f.rule());
      ws.value(
          r,
          6,
          f.figures().stream()
              .map(x -> FrenchFormat.number(x.value()))
              .distinct()
              .collect(Collectors.joining(" ; ")));
      ws.value(r, 7, f.arithmetic());
      r++;
    }
    finish(ws, header.length, r, new double[] {14, 26, 40, 11, 14, 40, 20, 80});
  }

  private static void header(Worksheet ws, String[] names) {
    for (int c = 0; c < names.length; c++) {
      ws.value(0, c, names[c]);
      ws.style(0, c).bold().fillColor("E8E8F4").set();
    }
  }

  private static void finish(Worksheet ws, int columns, int rows, double[] widths) {
    for (int c = 0; c < columns; c++) {
      ws.width(c, widths[c]);
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, columns - 1);
  }

  /** A value as a number, displayed by its unit: whole euros, one decimal of percent… */
  private static void number(Worksheet ws, int r, int c, BigDecimal value, Unit unit) {
    ws.value(r, c, value);
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    String format =
        switch (unit) {
          // Literal characters escaped one by one: no quotes in the file's XML, and a bare % would
          // multiply by a hundred.
          case EUR -> whole ? "#,##0\\ \\€" : "#,##0.00\\ \\€";
          case PERCENT -> whole ? "0\\ \\%" : "0.0##\\ \\%";
          case COUNT, QUANTITY, SCORE, MONEY -> whole ? "#,##0" : "#,##0.0##";
        };
    ws.style(r, c).format(format).set();
  }
}
