package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.Table;
import fr.beta.bilans.extract.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a report's numbers: every one becomes a {@link Mention} (with the words that label it, by
 * layout), and the key figures come from tables (row label → metric, column header → period and
 * kind), from the catalog's patterns over each block, and from the numbers whose words name a
 * metric's concept (one value per metric, period and kind, on strong evidence only). A lone callout
 * number takes the label beside or under it.
 *
 * <p>Example: {@code new FigureMatcher(catalog).read(report, 2023)}.
 */
public final class FigureMatcher {

  /** Blocks in the top part of the page hold its heading, whose date applies to its states. */
  private static final double HEADING_SHARE = 0.2;

  /** A number whose reading depends on the language: "1,324", "12.000". */
  private static final java.util.regex.Pattern AMBIGUOUS =
      java.util.regex.Pattern.compile("\\d[,.]\\d{3}(?!\\d)");

  /** The words a title holds at the most: more is a sentence. */
  private static final int TITLE_WORDS = 14;

  /**
   * A report's number makes a figure by its words only when the metric's name stands right after it
   * (the noun it counts), one more sign backs it (a group of the concept met in its clause, or an
   * aspect that fits) and its clause does not tell the other aspect: stricter than for a claim,
   * which a summary states on purpose, since a report prints many numbers about parts.
   */
  static final double HEAD_NAME = 3;

  static final double MIN_FIGURE_SCORE = HEAD_NAME + 1;

  /** The score of a metric's name found in the number's own clause. */
  private static final double OWN_NAME = 2;

  /** More values than this at the best score leave the slot undecided: a list, not a figure. */
  private static final int MAX_TIED_VALUES = 2;

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
   * What the catalog finds in one report: its figures, every number it prints, and the values a
   * pattern or a table row of the catalog stated but the metric's unit refused (an author's mistake
   * to show, not to hide).
   */
  public record Reading(
      List<Figure> figures, List<Mention> mentions, List<String> warnings, String locale) {
    public Reading {
      figures = List.copyOf(figures);
      mentions = List.copyOf(mentions);
      warnings = List.copyOf(warnings);
    }
  }

  /** The report's figures (see {@link #read}). */
  public List<Figure> match(ExtractedReport report, int reportYear) {
    return read(report, reportYear).figures();
  }

  /**
   * Every number of the report that states a quantity, with the words that say what it counts and
   * the metric they name, if any: in text blocks (a callout with its label block) and table cells
   * (with their row label and column header).
   */
  public List<Mention> mentions(ExtractedReport report, int reportYear) {
    return read(report, reportYear).mentions();
  }

  /** The figures and the mentions of a report, in one pass over its numbers. */
  public Reading read(ExtractedReport report, int reportYear) {
    return read(report, reportYear, Optional.empty());
  }

  /**
   * The same, the report read in {@code language} ({@code fr}, {@code en}) when one is given, else
   * in the language its words tell.
   */
  public Reading read(ExtractedReport report, int reportYear, Optional<String> language) {
    Optional<Period> dataDate = dataDate(report);
    // Numbers are read with the grammar of the report's own language ("12,000" in English).
    DocumentLanguage.Told told =
        language
            .map(code -> new DocumentLanguage.Told(code, true))
            .orElseGet(() -> DocumentLanguage.told(report));
    NumberGrammar grammar = NumberGrammar.of(told.code());
    List<Figure> figures = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Scored> recognized = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ExtractedPage page : report.pages()) {
      for (Table table : page.tables()) {
        figures.addAll(
            tableFigures(report.file(), page.number(), table, reportYear, warnings, grammar));
        mentions.addAll(tableMentions(report.file(), page.number(), table, reportYear, grammar));
      }
      Consumer<String> dropped = w -> warnings.add("page " + page.number() + ": " + w);
      figures.addAll(
          textFigures(
              report.file(), page, reportYear, dataDate, recognized, mentions, dropped, grammar));
    }
    figures.addAll(assign(recognized, figures));
    figures = datedLikeTheirTwin(figures, reportYear);
    figures =
        figures.stream().map(this::withCurrency).map(f -> ofItsPeriod(f, reportYear)).toList();
    figures = new ArrayList<>(figures);
    figures.addAll(ChartFigures.of(report, figures, reportYear, catalog, grammar));
    // What a new family's first run must say: a catalog that finds nothing, or that is written
    // in another language than the report.
    if (!catalog.languages().contains(grammar.locale())) {
      warnings.add(
          "the report is in "
              + grammar.locale()
              + ", a language the catalog has no terms for (its languages: "
              + String.join(", ", catalog.languages())
              + "): use the catalog of its family (--catalog) or add its terms");
    }
    if (!told.certain()) {
      // "1,324" is 1.324 in French and 1324 in English: say how it was read.
      List<String> ambiguous =
          mentions.stream()
              .map(m -> m.number().text())
              .filter(t -> AMBIGUOUS.matcher(t).find())
              .distinct()
              .limit(3)
              .toList();
      if (!ambiguous.isEmpty()) {
        warnings.add(
            "too few words to tell the report's language: its numbers were read as "
                + grammar.locale()
                + " prints them, and some read otherwise in another language ("
                + String.join(", ", ambiguous)
                + ")");
      }
    }
    if (figures.isEmpty()) {
      warnings.add(
          "no figure of the catalog was found: is the catalog that of this report's family?"
              + " (--catalog; ./bilans catalog explain METRIC FILE.pdf shows what it sees)");
    }
    return new Reading(figures, mentions, warnings, grammar.locale());
  }

  private List<Mention> tableMentions(
      String file, int page, Table table, int reportYear, NumberGrammar grammar) {
    List<Mention> mentions = new ArrayList<>();
    for (Table.TableRow row : table.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        Table.TableCell cell = row.cells().get(i);
        Optional<FrenchNumber> number = grammar.parse(cell.text());
        if (number.isEmpty() || cell.box() == null) {
          continue;
        }
        String header = i < table.columnHeaders().size() ? table.columnHeaders().get(i) : "";
        NumberContext context =
            new NumberContext(row.label() + " " + header, header, row.label(), "");
        Period period = column(header).map(ColumnMeaning::period).orElse(Period.year(reportYear));
        mentions.add(
            mention(
                file,
                number.get(),
                number.get().qualifier(),
                page,
                cell.box(),
                row.label() + " — " + header,
                context,
                Method.TABLE,
                recognizer.recognize(context, number.get()),
                temporality -> period));
      }
    }
    return mentions;
  }

  private static Mention mention(
      String file,
      FrenchNumber number,
      Optional<Qualifier> qualifier,
      int page,
      Box box,
      String label,
      NumberContext context,
      Method method,
      Optional<Recognition> recognition,
      java.util.function.Function<MetricDefinition.Temporality, Period> dating) {
    // A mention names a metric when its own clause does: a page's title is too broad for that.
    Optional<MetricDefinition> metric =
        recognition.filter(r -> r.nameScore() >= OWN_NAME).map(Recognition::metric);
    Period period =
        dating.apply(
            metric.map(MetricDefinition::temporality).orElse(MetricDefinition.Temporality.FLOW));
    return new Mention(
        file,
        number,
        qualifier,
        page,
        box.rounded(),
        label,
        context,
        method,
        metric.map(MetricDefinition::id),
        period);
  }

  /** A lone small number at the top or bottom edge of the page: its printed page number. */
  private static boolean isPageLabel(TextBlock block, ExtractedPage page) {
    Box b = block.box();
    boolean edge = b.bottom() > page.height() * 0.9 || b.y() < page.height() * 0.06;
    return edge && labelWords(block) == 0 && block.lines().size() == 1;
  }

  /** A figure recognized by its words, with the recognizer's score. */
  private record Scored(Figure figure, Recognition recognition) {
    double score() {
      return recognition.score();
    }

    boolean strong() {
      return recognition.nameScore() >= HEAD_NAME
          && recognition.score() >= MIN_FIGURE_SCORE
          && recognition.ownGroups()
          && recognition.aspect().agreement(recognition.metric().temporality()) >= 0;
    }
  }

  /**
   * One value per (metric, period, kind) among the figures recognized by their words: the value
   * whose best place scores highest (and any that score as high), at every place it stands. A slot
   * that the catalog's patterns or table rows already fill keeps their values: an explicit wording
   * is the stronger evidence.
   */
  private static List<Figure> assign(List<Scored> recognized, List<Figure> explicit) {
    java.util.Set<String> filled = new java.util.HashSet<>();
    explicit.forEach(f -> filled.add(f.key()));
    Map<String, List<Scored>> bySlot = new java.util.LinkedHashMap<>();
    for (Scored s : recognized) {
      if (s.strong() && !filled.contains(s.figure().key())) {
        bySlot.computeIfAbsent(s.figure().key(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Figure> assigned = new ArrayList<>();
    for (List<Scored> slot : bySlot.values()) {
      Scored best = slot.get(0);
      for (Scored s : slot) {
        if (s.score() > best.score()) {
          best = s;
        }
      }
      // Values that score as high as the best stand too: the report states the thing twice, and
      // the "stated twice" cross-check is there to say so.
      double top = best.score();
      java.util.Set<java.math.BigDecimal> values = new java.util.HashSet<>();
      slot.stream()
          .filter(s -> s.score() >= top)
          .forEach(s -> values.add(s.figure().value().stripTrailingZeros()));
      if (values.size() > MAX_TIED_VALUES) {
        continue;
      }
      // A value that a hedge makes consistent with the chosen one ("> 137 M" and "138 M") does not
      // compete with it: one says the same thing less precisely.
      List<Figure> chosen =
          slot.stream()
              .filter(s -> values.contains(s.figure().value().stripTrailingZeros()))
              .map(Scored::figure)
              .toList();
      assigned.addAll(chosen);
      slot.stream()
          .map(Scored::figure)
          .filter(f -> !chosen.contains(f))
          .filter(
              f ->
                  chosen.stream()
                      .allMatch(
                          c ->
                              (f.qualifier().isPresent() && trueOf(f, c))
                                  || (c.qualifier().isPresent() && trueOf(c, f))))
          .forEach(assigned::add);
    }
    return assigned;
  }

  /**
   * A state that the report gives no date at one place ("269 employés") and a date at another ("Au
   * 31 mars 2024, 269 personnes"): the same value of the same stock is the same state, dated.
   */
  private List<Figure> datedLikeTheirTwin(List<Figure> figures, int reportYear) {
    Period undated = Period.year(reportYear);
    List<Figure> dated = new ArrayList<>();
    for (Figure f : figures) {
      boolean state =
          catalog
              .metric(f.metric())
              .map(m -> m.temporality() == MetricDefinition.Temporality.STATE)
              .orElse(false);
      Optional<Period> twin =
          !state || !f.period().equals(undated)
              ? Optional.empty()
              : figures.stream()
                  .filter(
                      o ->
                          o.metric().equals(f.metric())
                              && o.kind() == f.kind()
                              && (o.period().isDay() || o.period().isMonth())
                              && o.value().compareTo(f.value()) == 0)
                  .map(Figure::period)
                  .findFirst();
      dated.add(twin.map(f::withPeriod).orElse(f));
    }
    return dated;
  }

  /**
   * A figure of a metric that is always about the report's own period ({@code period: report}):
   * whatever date stands near it, it is of the report's year (its fiscal year, if it has one).
   */
  private Figure ofItsPeriod(Figure f, int reportYear) {
    boolean own = catalog.metric(f.metric()).map(MetricDefinition::ofReportPeriod).orElse(false);
    if (!own || f.period().equals(Period.year(reportYear))) {
      return f;
    }
    return f.withPeriod(Period.year(reportYear));
  }

  /** An amount's currency: the one its metric expects (the euro for {@code eur}), if any. */
  private Figure withCurrency(Figure f) {
    return f.unit() == Unit.EUR || f.unit() == Unit.MONEY
        ? f.inCurrency(catalog.metric(f.metric()).flatMap(MetricDefinition::currency))
        : f;
  }

  /** Whether a hedged figure ("plus de 137 M", "environ 550") is true of another's value. */
  private static boolean trueOf(Figure hedged, Figure other) {
    return switch (hedged.qualifier().orElseThrow()) {
      case MORE_THAN, AT_LEAST -> other.value().compareTo(hedged.value()) >= 0;
      case ABOUT ->
          other
                  .value()
                  .subtract(hedged.value())
                  .abs()
                  .compareTo(hedged.value().multiply(java.math.BigDecimal.valueOf(0.15)))
              <= 0;
    };
  }

  /**
   * The date of the report's data, as its first pages state it ("Données au 31 décembre 2024"): it
   * dates the states that nothing closer dates.
   */
  Optional<Period> dataDate(ExtractedReport report) {
    for (ExtractedPage page : report.pages().subList(0, Math.min(3, report.pageCount()))) {
      for (TextBlock block : page.blocks()) {
        String text = TextMatcher.flatten(block.text());
        if (Catalog.Grammar.matches(catalog.grammar().dataDateMarkers(), text)) {
          Optional<Period> date =
              DateExpressions.find(text).stream()
                  .map(DateExpressions.Found::period)
                  .filter(p -> !p.isYear())
                  .findFirst();
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A block's numbers, in the text of the block and of the label it borrows. */
  private record BlockNumbers(
      TextBlock block,
      TextUnit unit,
      List<DateExpressions.Found> dates,
      List<NumberSpotter.Spot> spots,
      List<NumberContext> contexts) {}

  /** The blocks of the page that hold a number outside the tables, with their numbers. */
  private static List<BlockNumbers> blockNumbers(ExtractedPage page, NumberGrammar grammar) {
    String topic = topic(page);
    List<BlockNumbers> blocks = new ArrayList<>();
    for (TextBlock block : page.blocks()) {
      if (insideTable(block, page) || block.text().chars().noneMatch(Character::isDigit)) {
        continue; // a block without a digit states no figure: spare it the matching
      }
      TextUnit unit = new TextUnit(withLabel(block, page));
      List<DateExpressions.Found> dates = DateExpressions.find(unit.text());
      List<NumberSpotter.Spot> spots = NumberSpotter.spots(unit.text(), dates, grammar);
      if (spots.size() == 1 && isPageLabel(block, page)) {
        continue;
      }
      blocks.add(new BlockNumbers(block, unit, dates, spots, contexts(unit, spots, topic)));
    }
    return blocks;
  }

  /**
   * The context of each number of a block, on a page about {@code topic}. A change or a factor ("+
   * 25,7 ETPT", "x16") goes with the words around it: it cuts no clause and is no figure. A
   * callout's label is its own clause, whatever other numbers it holds ("5 869 442 € + 25,7 ETPT
   * Total des ressources ...").
   */
  private static List<NumberContext> contexts(
      TextUnit unit, List<NumberSpotter.Spot> spots, String topic) {
    List<NumberSpotter.Spot> levels = spots.stream().filter(s -> !s.number().relative()).toList();
    java.util.Iterator<NumberContext> levelContexts =
        NumberContext.of(unit.clauseText(), levels.stream().map(NumberSpotter.Spot::span).toList())
            .iterator();
    List<NumberContext> contexts = new ArrayList<>();
    for (NumberSpotter.Spot spot : spots) {
      NumberContext context =
          spot.number().relative() ? new NumberContext("", "", "", "") : levelContexts.next();
      if (unit.isCallout(spot.start(), spot.end())) {
        String label = unit.text().substring(spot.end()).strip();
        context = new NumberContext(label, "", label, "");
      }
      contexts.add(context.withTopic(topic));
    }
    return contexts;
  }

  private List<Figure> textFigures(
      String file,
      ExtractedPage page,
      int reportYear,
      Optional<Period> dataDate,
      List<Scored> recognized,
      List<Mention> mentions,
      Consumer<String> dropped,
      NumberGrammar grammar) {
    List<Period> heading = new ArrayList<>(headingDates(page));
    dataDate.ifPresent(heading::add);
    List<Figure> figures = new ArrayList<>();
    for (BlockNumbers numbers : blockNumbers(page, grammar)) {
      TextBlock block = numbers.block();
      TextUnit unit = numbers.unit();
      String text = unit.text();
      List<TextMatch> matches = textMatcher.match(text, heading, reportYear, dropped);
      for (int i = 0; i < numbers.spots().size(); i++) {
        NumberSpotter.Spot spot = numbers.spots().get(i);
        if (!unit.isOwn(spot.start())) {
          continue; // the borrowed label is read as a block of its own
        }
        NumberContext context = numbers.contexts().get(i);
        Optional<Recognition> recognition = recognizer.recognize(context, spot.number());
        mentions.add(
            mention(
                file,
                spot.number(),
                spot.number().qualifier().or(() -> textMatcher.hedgeBefore(text, spot.start())),
                page.number(),
                unit.box(spot.start(), spot.end()).orElse(block.box()),
                unit.around(spot.start(), spot.end(), 90),
                context,
                unit.isCallout(spot.start(), spot.end()) ? Method.CALLOUT : Method.SENTENCE,
                recognition,
                temporality ->
                    textMatcher.date(
                        temporality,
                        text,
                        numbers.dates(),
                        spot.start(),
                        spot.end(),
                        heading,
                        reportYear)));
        boolean patterned =
            matches.stream()
                .anyMatch(m -> spot.start() < m.valueEnd() && m.valueStart() < spot.end());
        if (inSeries(text, numbers.spots(), i)) {
          continue; // a run of bare numbers is a chart's labels: its figures need the chart
        }
        if (patterned
            || recognition.isEmpty()
            || NumberContext.inParentheses(text, spot.start())
                && !catalog.grammar().refersBack(context.lead())) {
          continue; // in parentheses, a number is a part of what precedes them
        }
        MetricDefinition metric = recognition.get().metric();
        Period period =
            textMatcher.date(
                metric.temporality(),
                text,
                numbers.dates(),
                spot.start(),
                spot.end(),
                heading,
                reportYear);
        recognized.add(
            new Scored(
                figure(
                        file,
                        reportYear,
                        page,
                        block,
                        unit,
                        metric,
                        period,
                        recognition.get().kind(),
                        spot.number(),
                        spot.number()
                            .qualifier()
                            .or(() -> textMatcher.hedgeBefore(text, spot.start())),
                        spot.start(),
                        spot.end())
                    .recognizedBy(recognition.get().terms(), recognition.get().score()),
                recognition.get()));
      }
      for (TextMatch match : matches) {
        if (!unit.isOwn(match.valueStart())) {
          continue; // the borrowed label is matched as a block of its own
        }
        figures.add(
            figure(
                file,
                reportYear,
                page,
                block,
                unit,
                match.metric(),
                match.period(),
                Kind.ACTUAL,
                match.number(),
                match.qualifier(),
                match.valueStart(),
                match.valueEnd()));
      }
    }
    return figures;
  }

  private static Figure figure(
      String file,
      int reportYear,
      ExtractedPage page,
      TextBlock block,
      TextUnit unit,
      MetricDefinition metric,
      Period period,
      Kind kind,
      FrenchNumber number,
      Optional<Qualifier> qualifier,
      int start,
      int end) {
    Method method = unit.isCallout(start, end) ? Method.CALLOUT : Method.SENTENCE;
    Box box = unit.box(start, end).orElse(block.box());
    return new Figure(
        metric.id(),
        period,
        kind,
        number.value(),
        number.halfInterval(),
        metric.unit(),
        qualifier,
        reportYear,
        new Provenance(file, page.number(), box.rounded(), unit.around(start, end, 90), method));
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

  /**
   * Whether only spaces stand between the number and a level before or after it (a change such as
   * "+ 25,7 ETPT" goes with its number).
   */
  private static boolean inSeries(String text, List<NumberSpotter.Spot> spots, int i) {
    boolean before =
        i > 0
            && !spots.get(i - 1).number().relative()
            && text.substring(spots.get(i - 1).end(), spots.get(i).start()).isBlank();
    boolean after =
        i + 1 < spots.size()
            && !spots.get(i + 1).number().relative()
            && text.substring(spots.get(i).end(), spots.get(i + 1).start()).isBlank();
    return before || after;
  }

  /** The text of the blocks at the top of the page: its title. */
  private static String topic(ExtractedPage page) {
    StringBuilder topic = new StringBuilder();
    for (TextBlock block : page.blocks()) {
      if (block.box().y() < page.height() * HEADING_SHARE) {
        topic.append(TextMatcher.flatten(block.text())).append(". ");
      }
    }
    return topic.toString().strip();
  }

  /**
   * The dates of the page's title: its short blocks at the top. A sentence up there ("le SNC a été
   * créé en 2017") tells of its own moment, not of the page's.
   */
  private static List<Period> headingDates(ExtractedPage page) {
    List<Period> dates = new ArrayList<>();
    for (TextBlock block : page.blocks()) {
      if (block.box().y() < page.height() * HEADING_SHARE
          && block.text().split("\\s+").length <= TITLE_WORDS) {
        DateExpressions.find(TextMatcher.flatten(block.text())).forEach(d -> dates.add(d.period()));
      }
    }
    return dates;
  }

  private List<Figure> tableFigures(
      String file,
      int page,
      Table table,
      int reportYear,
      List<String> warnings,
      NumberGrammar grammar) {
    List<Optional<ColumnMeaning>> columns =
        table.columnHeaders().stream().map(this::column).toList();
    List<Figure> figures = new ArrayList<>();
    for (Table.TableRow row : table.rows()) {
      Optional<MetricDefinition> metric =
          rowMetric(row.label()).or(() -> recognizedRow(row, grammar));
      if (metric.isEmpty()) {
        continue;
      }
      for (int i = 0; i < row.cells().size() && i < columns.size(); i++) {
        Table.TableCell cell = row.cells().get(i);
        Optional<ColumnMeaning> column = columns.get(i);
        Optional<FrenchNumber> number = grammar.parse(cell.text());
        if (column.isEmpty() || number.isEmpty()) {
          continue;
        }
        Optional<String> misfit = UnitCheck.misfit(metric.get().unit(), number.get());
        if (misfit.isPresent()) {
          warnings.add(
              "page "
                  + page
                  + ": the row '"
                  + row.label()
                  + "' of "
                  + metric.get().id().id()
                  + " holds '"
                  + cell.text()
                  + "', dropped: "
                  + misfit.get());
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

  private Optional<ColumnMeaning> column(String header) {
    return ColumnMeaning.of(catalog, header);
  }

  /**
   * The metric that a row's label names, by the catalog's concepts: the label is what its cells
   * count, so a name must be in it (the unit is that of the row's first value).
   */
  private Optional<MetricDefinition> recognizedRow(Table.TableRow row, NumberGrammar grammar) {
    Optional<FrenchNumber> first =
        row.cells().stream()
            .map(c -> grammar.parse(c.text()))
            .flatMap(Optional::stream)
            .findFirst();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    NumberContext context = new NumberContext(row.label(), "", row.label(), "");
    return recognizer
        .recognize(context, first.get())
        .filter(r -> r.nameScore() >= HEAD_NAME)
        .map(Recognition::metric);
  }

  /** The metric whose row pattern matches the label best (longest match). */
  private Optional<MetricDefinition> rowMetric(String label) {
    return catalog.metricOfRow(label);
  }
}
