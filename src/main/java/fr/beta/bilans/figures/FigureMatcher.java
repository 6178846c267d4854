package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.Table;
import fr.beta.bilans.extract.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key figures of a report: in tables (row label → metric, column header → period and
 * kind) and in text blocks (catalog patterns over each block; a lone callout number takes the label
 * beside it when its own block has none).
 *
 * <p>Example: {@code new FigureMatcher(catalog).match(report, 2023)}.
 */
public final class FigureMatcher {

  /** Blocks in the top part of the page hold its heading, whose date applies to its states. */
  private static final double HEADING_SHARE = 0.2;

  /** A callout label has fewer words than this in the number's own block. */
  private static final int LABEL_WORDS = 3;

  private final Catalog catalog;
  private final TextMatcher textMatcher;
  private final MetricRecognizer recognizer;

  public FigureMatcher(Catalog catalog) {
    this.catalog = catalog;
    this.textMatcher = new TextMatcher(catalog);
    this.recognizer = new LexicalRecognizer(catalog);
  }

  /**
   * Every number of the report that states a quantity, with the words that say what it counts and
   * the metric they name, if any: in text blocks (a callout with its label block) and table cells
   * (with their row label and column header).
   */
  public List<Mention> mentions(ExtractedReport report) {
    List<Mention> mentions = new ArrayList<>();
    for (ExtractedPage page : report.pages()) {
      for (TextBlock block : page.blocks()) {
        if (insideTable(block, page) || block.text().chars().noneMatch(Character::isDigit)) {
          continue;
        }
        TextUnit unit = new TextUnit(withLabel(block, page));
        String text = unit.text();
        List<NumberSpotter.Spot> spots = NumberSpotter.spots(text);
        List<NumberContext> contexts =
            NumberContext.of(text, spots.stream().map(NumberSpotter.Spot::span).toList());
        for (int i = 0; i < spots.size(); i++) {
          NumberSpotter.Spot spot = spots.get(i);
          if (!unit.isOwn(spot.start()) || isPageLabel(block, page, spots.size())) {
            continue;
          }
          Method method =
              unit.isCallout(spot.start(), spot.end()) ? Method.CALLOUT : Method.SENTENCE;
          mentions.add(
              mention(
                  report.file(),
                  spot.number(),
                  spot.number().qualifier().or(() -> textMatcher.hedgeBefore(text, spot.start())),
                  page.number(),
                  unit.box(spot.start(), spot.end()).orElse(block.box()),
                  unit.around(spot.start(), spot.end(), 90),
                  contexts.get(i),
                  method));
        }
      }
      for (Table table : page.tables()) {
        for (Table.TableRow row : table.rows()) {
          for (int i = 0; i < row.cells().size(); i++) {
            Table.TableCell cell = row.cells().get(i);
            Optional<FrenchNumber> number = FrenchNumbers.parse(cell.text());
            if (number.isEmpty() || cell.box() == null) {
              continue;
            }
            String header = i < table.columnHeaders().size() ? table.columnHeaders().get(i) : "";
            NumberContext context =
                new NumberContext(row.label() + " " + header, header, row.label(), "");
            mentions.add(
                mention(
                    report.file(),
                    number.get(),
                    number.get().qualifier(),
                    page.number(),
                    cell.box(),
                    row.label() + " — " + header,
                    context,
                    Method.TABLE));
          }
        }
      }
    }
    return List.copyOf(mentions);
  }

  private Mention mention(
      String file,
      FrenchNumber number,
      Optional<Qualifier> qualifier,
      int page,
      Box box,
      String label,
      NumberContext context,
      Method method) {
    Optional<MetricId> metric = recognizer.recognize(context, number).map(r -> r.metric().id());
    return new Mention(
        file, number, qualifier, page, box.rounded(), label, context, method, metric);
  }

  /** A lone small number at the top or bottom edge of the page: its printed page number. */
  private static boolean isPageLabel(TextBlock block, ExtractedPage page, int numbers) {
    Box b = block.box();
    boolean edge = b.bottom() > page.height() * 0.9 || b.y() < page.height() * 0.06;
    return numbers == 1 && edge && labelWords(block) == 0 && block.lines().size() == 1;
  }

  public List<Figure> match(ExtractedReport report, int reportYear) {
    List<Figure> figures = new ArrayList<>();
    for (ExtractedPage page : report.pages()) {
      for (Table table : page.tables()) {
        figures.addAll(tableFigures(report.file(), page.number(), table, reportYear));
      }
      figures.addAll(textFigures(report.file(), page, reportYear));
    }
    return List.copyOf(figures);
  }

  private List<Figure> textFigures(String file, ExtractedPage page, int reportYear) {
    List<Period> heading = headingDates(page);
    List<Figure> figures = new ArrayList<>();
    for (TextBlock block : page.blocks()) {
      if (insideTable(block, page) || block.text().chars().noneMatch(Character::isDigit)) {
        continue; // a block without a digit states no figure: spare it the catalog's patterns
      }
      TextUnit unit = new TextUnit(withLabel(block, page));
      String text = unit.text();
      for (TextMatch match : textMatcher.match(text, heading, reportYear)) {
        if (!unit.isOwn(match.valueStart())) {
          continue; // the borrowed label is matched as a block of its own
        }
        Method method =
            unit.isCallout(match.valueStart(), match.valueEnd()) ? Method.CALLOUT : Method.SENTENCE;
        Box box = unit.box(match.valueStart(), match.valueEnd()).orElse(block.box());
        figures.add(
            new Figure(
                match.metric().id(),
                match.period(),
                Kind.ACTUAL,
                match.number().value(),
                match.number().halfInterval(),
                match.metric().unit(),
                match.qualifier(),
                reportYear,
                new Provenance(
                    file,
                    page.number(),
                    box.rounded(),
                    unit.around(match.valueStart(), match.valueEnd(), 90),
                    method)));
      }
    }
    return figures;
  }

  /**
   * The block, followed by the block that labels it when it is a number with (almost) no words: the
   * nearest block to its right on the same band, else the nearest one right under it.
   */
  private static List<TextBlock> withLabel(TextBlock block, ExtractedPage page) {
    if (!startsWithNumber(block) || labelWords(block) >= LABEL_WORDS) {
      return List.of(block);
    }
    Box b = block.box();
    TextBlock right = null;
    double rightGap = 220;
    TextBlock below = null;
    double belowGap = 45;
    for (TextBlock other : page.blocks()) {
      Box o = other.box();
      if (other == block) {
        continue;
      }
      double gap = o.x() - b.right();
      if (startsWithNumber(other)) {
        continue; // another callout, not a label
      }
      if (o.verticalOverlap(b) >= 0.3 * Math.min(o.height(), b.height())
          && gap >= -1
          && gap < rightGap) {
        right = other;
        rightGap = gap;
      }
      double drop = o.y() - b.bottom();
      if (drop >= -1
          && drop < belowGap
          && o.horizontalOverlap(b) >= 0.5 * Math.min(o.width(), b.width())) {
        below = other;
        belowGap = drop;
      }
    }
    TextBlock label = right != null ? right : below;
    return label == null ? List.of(block) : List.of(block, label);
  }

  private static boolean startsWithNumber(TextBlock block) {
    String first = block.lines().get(0).words().get(0).text();
    return !first.isEmpty()
        && (Character.isDigit(first.charAt(0)) || first.equals(">") || first.equals("~"));
  }

  /** Words of three letters or more: what a label is made of, as opposed to numbers and units. */
  private static long labelWords(TextBlock block) {
    return block.lines().stream()
        .flatMap(l -> l.words().stream())
        .filter(w -> w.text().codePoints().filter(Character::isLetter).count() >= 3)
        .count();
  }

  private static boolean insideTable(TextBlock block, ExtractedPage page) {
    Box b = block.box();
    return page.tables().stream().anyMatch(t -> t.box().contains(b.centerX(), b.centerY()));
  }

  private static List<Period> headingDates(ExtractedPage page) {
    List<Period> dates = new ArrayList<>();
    for (TextBlock block : page.blocks()) {
      if (block.box().y() < page.height() * HEADING_SHARE) {
        DateExpressions.find(TextMatcher.flatten(block.text())).forEach(d -> dates.add(d.period()));
      }
    }
    return dates;
  }

  private List<Figure> tableFigures(String file, int page, Table table, int reportYear) {
    List<Optional<ColumnMeaning>> columns =
        table.columnHeaders().stream().map(this::column).toList();
    List<Figure> figures = new ArrayList<>();
    for (Table.TableRow row : table.rows()) {
      Optional<MetricDefinition> metric = rowMetric(row.label());
      if (metric.isEmpty()) {
        continue;
      }
      for (int i = 0; i < row.cells().size() && i < columns.size(); i++) {
        Table.TableCell cell = row.cells().get(i);
        Optional<ColumnMeaning> column = columns.get(i);
        Optional<FrenchNumber> number = FrenchNumbers.parse(cell.text());
        if (column.isEmpty()
            || number.isEmpty()
            || !UnitCheck.fits(metric.get().unit(), number.get())) {
          continue;
        }
        String evidence = row.label() + " — " + table.columnHeaders().get(i) + ": " + cell.text();
        figures.add(
            new Figure(
                metric.get().id(),
                column.get().period(),
                column.get().kind(),
                number.get().value(),
                number.get().halfInterval(),
                metric.get().unit(),
                number.get().qualifier(),
                reportYear,
                new Provenance(file, page, cell.box().rounded(), evidence, Method.TABLE)));
      }
    }
    return figures;
  }

  private record ColumnMeaning(Period period, Kind kind) {}

  private Optional<ColumnMeaning> column(String header) {
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

  /** The metric whose row pattern matches the label best (longest match). */
  private Optional<MetricDefinition> rowMetric(String label) {
    String text = TextMatcher.flatten(label);
    MetricDefinition best = null;
    int bestLength = 0;
    for (MetricDefinition metric : catalog.metrics()) {
      for (Pattern pattern : metric.rowLabels()) {
        Matcher m = pattern.matcher(text);
        if (m.find() && m.end() - m.start() > bestLength) {
          best = metric;
          bestLength = m.end() - m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
