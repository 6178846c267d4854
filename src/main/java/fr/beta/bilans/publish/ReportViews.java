package fr.beta.bilans.publish;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.reconcile.Acknowledgement;
import fr.beta.bilans.reconcile.Acknowledgements;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.ClaimStatus;
import fr.beta.bilans.reconcile.Evidence;
import fr.beta.bilans.reconcile.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pieces of the reconciliation's view: cards, rows, summary pages and their versions. */
final class ReportViews {

  /** A dated copy of a page: {@code name.2025-03-14.md}, {@code name-2025-03-14.md}. */
  private static final Pattern DATED =
      Pattern.compile("(.+?)[._-](\\d{4}-\\d{2}-\\d{2})(\\.[^.]+)?");

  private static final String ACKNOWLEDGED = "acknowledged";

  private ReportViews() {}

  /** Formats claims and checks with the catalog's labels and units, French numbers, pictures. */
  record Formatter(
      Function<String, String> labelOf,
      Function<String, Unit> unitOf,
      Function<Provenance, Optional<String>> imageOf,
      Acknowledgements acknowledgements) {

    private boolean acknowledged(ClaimCheck check) {
      return acknowledgements.of(check).isPresent();
    }

    private boolean acknowledged(Finding finding) {
      return acknowledgements.of(finding).isPresent();
    }

    String metric(ClaimCheck check) {
      return check.claim().metric().map(m -> m.label()).orElse("(no catalog metric)");
    }

    Unit unit(ClaimCheck check) {
      return check
          .claim()
          .metric()
          .map(m -> m.unit())
          .or(() -> check.claim().number().unitShown())
          .orElse(Unit.COUNT);
    }

    String value(BigDecimal value, Unit unit) {
      return FrenchFormat.withUnit(value, unit);
    }

    ReportView.Card card(ClaimCheck check, String anchor, Optional<Acknowledgement> ack) {
      Unit unit = unit(check);
      List<ReportView.Value> values = new ArrayList<>();
      values.add(
          new ReportView.Value("the summary says", value(check.claim().number().value(), unit)));
      values.add(
          new ReportView.Value(
              "the report",
              check
                  .evidence()
                  .map(e -> value(e.value(), unit) + ", page " + e.provenance().page())
                  .orElse("—")));
      List<ReportView.Picture> pictures = new ArrayList<>();
      check
          .evidence()
          .map(Evidence::provenance)
          .ifPresent(
              p ->
                  imageOf
                      .apply(p)
                      .ifPresent(
                          image ->
                              pictures.add(
                                  new ReportView.Picture(
                                      p.report() + ", page " + p.page(), image))));
      return new ReportView.Card(
          anchor,
          status(check.status()),
          css(check.status()),
          metric(check) + " — " + check.claim().period().iso(),
          "«"
              + check.claim().text()
              + "» — "
              + pageName(check.claim().summary())
              + ", Bilan "
              + check.claim().sectionYear(),
          values,
          check.explanation(),
          pictures,
          ack.map(ReportViews::acknowledgement).orElse(null));
    }

    ReportView.Card card(Finding finding, String anchor, Optional<Acknowledgement> ack) {
      Unit unit = unitOf.apply(finding.metric());
      List<ReportView.Value> values = new ArrayList<>();
      List<ReportView.Picture> pictures = new ArrayList<>();
      for (Figure f : finding.figures()) {
        String where = "report " + f.reportYear() + ", page " + f.provenance().page();
        values.add(new ReportView.Value(where, value(f.value(), unit)));
        imageOf
            .apply(f.provenance())
            .ifPresent(image -> pictures.add(new ReportView.Picture(where, image)));
      }
      return new ReportView.Card(
          anchor,
          "cross-check failed: " + finding.check().id().replace('_', ' '),
          "failed",
          labelOf.apply(finding.metric()) + " — " + finding.period(),
          "the reports against each other",
          values,
          finding.arithmetic(),
          pictures,
          ack.map(ReportViews::acknowledgement).orElse(null));
    }

    ReportView.FindingRow row(Finding f, String anchor) {
      Unit unit = unitOf.apply(f.metric());
      List<ReportView.Picture> evidence = new ArrayList<>();
      for (Figure figure : f.figures()) {
        evidence.add(
            new ReportView.Picture(
                figure.provenance().report()
                    + ", page "
                    + figure.provenance().page()
                    + ": "
                    + value(figure.value(), unit),
                imageOf.apply(figure.provenance()).orElse(null)));
      }
      return new ReportView.FindingRow(
          anchor,
          acknowledged(f) ? ACKNOWLEDGED : f.verdict().id().replace('_', ' '),
          acknowledged(f) ? ACKNOWLEDGED : f.verdict().id().replace('_', '-'),
          f.check().id().replace('_', ' '),
          labelOf.apply(f.metric()),
          f.period(),
          f.arithmetic(),
          f.rule(),
          evidence);
    }

    ReportView.ClaimRow row(ClaimCheck check, String versions) {
      Unit unit = unit(check);
      Optional<Evidence> e = check.evidence();
      return new ReportView.ClaimRow(
          "claim-" + claimKey(check).hashCode(),
          acknowledged(check) ? ACKNOWLEDGED : status(check.status()),
          acknowledged(check) ? ACKNOWLEDGED : css(check.status()),
          check.claim().sectionYear(),
          check.claim().text(),
          metric(check),
          check.claim().period().iso(),
          value(check.claim().number().value(), unit),
          e.map(x -> value(x.value(), unit)).orElse("—"),
          e.map(x -> x.provenance().report() + ", page " + x.provenance().page()).orElse(""),
          check.explanation(),
          versions,
          e.map(Evidence::provenance).flatMap(imageOf).orElse(null));
    }
  }

  private static String acknowledgement(Acknowledgement a) {
    return "acknowledged by " + a.by() + " on " + a.on() + ": " + a.reason();
  }

  static String status(ClaimStatus status) {
    return status.id().replace('_', ' ');
  }

  static String css(ClaimStatus status) {
    return status.id().replace('_', '-');
  }

  /** What makes two claims of two versions of a page the same claim. */
  static String claimKey(ClaimCheck c) {
    return pageName(c.claim().summary())
        + "|"
        + c.claim().sectionYear()
        + "|"
        + c.claim().text()
        + "|"
        + c.claim().number().value().stripTrailingZeros().toPlainString()
        + "|"
        + c.claim().period().iso()
        + "|"
        + c.status().id();
  }

  /** The page a summary file is a version of: its name without the date of the copy. */
  static String pageName(String file) {
    Matcher m = DATED.matcher(file);
    return m.matches() ? m.group(1) + (m.group(3) == null ? "" : m.group(3)) : file;
  }

  /** The version a summary file is: the date of the copy, else the file's name. */
  static String version(String file) {
    Matcher m = DATED.matcher(file);
    return m.matches() ? m.group(2) : file;
  }

  static List<ReportView.Card> distinctCards(List<ReportView.Card> cards) {
    Map<String, ReportView.Card> byAnchor = new LinkedHashMap<>();
    cards.forEach(c -> byAnchor.putIfAbsent(c.anchor(), c));
    return List.copyOf(byAnchor.values());
  }

  /** The summary pages, each with its versions merged. */
  static List<ReportView.Page> pages(List<ClaimCheck> claims, Formatter format) {
    Map<String, Map<String, List<ClaimCheck>>> byPage = new LinkedHashMap<>();
    for (ClaimCheck c : claims) {
      byPage
          .computeIfAbsent(pageName(c.claim().summary()), p -> new TreeMap<>())
          .computeIfAbsent(version(c.claim().summary()), v -> new ArrayList<>())
          .add(c);
    }
    List<ReportView.Page> pages = new ArrayList<>();
    byPage.forEach(
        (name, versions) -> {
          Map<String, ClaimCheck> distinct = new LinkedHashMap<>();
          Map<String, Set<String>> statedIn = new LinkedHashMap<>();
          versions.forEach(
              (version, checks) ->
                  checks.forEach(
                      c -> {
                        distinct.putIfAbsent(claimKey(c), c);
                        statedIn
                            .computeIfAbsent(claimKey(c), k -> new LinkedHashSet<>())
                            .add(version);
                      }));
          List<ReportView.ClaimRow> attention = new ArrayList<>();
          List<ReportView.ClaimRow> agreements = new ArrayList<>();
          distinct.forEach(
              (key, c) -> {
                String in = versions.size() < 2 ? "" : String.join(", ", statedIn.get(key));
                (c.status() == ClaimStatus.AGREES ? agreements : attention).add(format.row(c, in));
              });
          attention.sort(
              java.util.Comparator.comparingInt(ReportView.ClaimRow::sectionYear).reversed());
          agreements.sort(
              java.util.Comparator.comparingInt(ReportView.ClaimRow::sectionYear).reversed());
          long withReport =
              distinct.values().stream().filter(c -> c.status() != ClaimStatus.NO_REPORT).count();
          pages.add(
              new ReportView.Page(
                  name,
                  String.join(", ", versions.keySet()),
                  agreements.size()
                      + " of its "
                      + withReport
                      + " numbers with a report confirmed by it",
                  changes(versions),
                  attention,
                  agreements));
        });
    return pages;
  }

  /**
   * What changed from each version of a page to the next: numbers added, numbers dropped, and
   * numbers of the same metric, period and year section whose value changed.
   */
  static List<String> changes(Map<String, List<ClaimCheck>> versions) {
    List<String> changes = new ArrayList<>();
    List<String> names = new ArrayList<>(versions.keySet());
    for (int i = 1; i < names.size(); i++) {
      List<ClaimCheck> before = versions.get(names.get(i - 1));
      List<ClaimCheck> after = versions.get(names.get(i));
      Map<String, ClaimCheck> was = bySlot(before);
      Map<String, ClaimCheck> is = bySlot(after);
      String step = names.get(i - 1) + " → " + names.get(i) + ": ";
      for (Map.Entry<String, ClaimCheck> e : is.entrySet()) {
        ClaimCheck old = was.get(e.getKey());
        ClaimCheck now = e.getValue();
        if (old == null) {
          changes.add(step + "added «" + now.claim().text() + "»");
        } else if (old.claim().number().value().compareTo(now.claim().number().value()) != 0) {
          changes.add(
              step + "changed «" + old.claim().text() + "» to «" + now.claim().text() + "»");
        }
      }
      for (Map.Entry<String, ClaimCheck> e : was.entrySet()) {
        if (!is.containsKey(e.getKey())) {
          changes.add(step + "dropped «" + e.getValue().claim().text() + "»");
        }
      }
    }
    return changes;
  }

  /** Claims by what they state: a metric's period in a year section, else their words. */
  private static Map<String, ClaimCheck> bySlot(List<ClaimCheck> checks) {
    Map<String, ClaimCheck> slots = new LinkedHashMap<>();
    for (ClaimCheck c : checks) {
      String what =
          c.claim()
              .metric()
              .map(m -> m.id().id() + "|" + c.claim().period().iso())
              .orElse(c.claim().text());
      slots.putIfAbsent(c.claim().sectionYear() + "|" + c.claim().kind().id() + "|" + what, c);
    }
    return slots;
  }
}
