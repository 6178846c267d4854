package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.LexicalRecognizer;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.Qualifier;
import fr.beta.bilans.figures.Unit;
import fr.beta.bilans.summaries.Claim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a claim by its evidence in the report. When the claim names a catalog metric and the
 * report states that metric for the claim's period and kind, the report's values decide: one that
 * agrees (same value, within either side's rounding, or true of a hedge such as "plus de 1 500")
 * makes the claim agree; else one other value disagrees, several are ambiguous. Otherwise every
 * number of the report whose value is compatible is a candidate, ranked by how much of the claim's
 * words its own words share (each word weighted by how rare it is among the report's numbers, as
 * TF-IDF does); the best candidate past {@link #MIN_SIMILARITY} is the evidence that the claim
 * agrees, with the shared words as the explanation. Failing that, a number with another value that
 * the report's words give the claim's metric and period, sharing most of its words, makes it
 * disagree; else the claim is not in the report.
 */
public final class EvidenceResolver implements ClaimResolver {

  /**
   * The share of the claim's word weight that a number's words must hold: a fifth of it is one
   * specific word of a short claim ("lauréats") but not the generic words every number shares.
   */
  static final double MIN_SIMILARITY = 0.2;

  /**
   * The similarity at which a number that the report's words give the claim's metric and period,
   * with another value, makes the claim disagree: more than half of the claim's words, or the
   * metric and a good part of them.
   */
  static final double MIN_DISAGREEMENT_SIMILARITY = 0.5;

  /** Weight of the words of the claim's earlier clauses, against 1 for its own. */
  private static final double ANTECEDENT_WEIGHT = 0.5;

  /** What a shared catalog metric adds to the similarity: a strong signal, never a gate. */
  private static final double SAME_METRIC_BONUS = 0.3;

  private final Catalog.Grammar grammar;
  private final Map<ReportEvidence, Idf> idfs = new java.util.IdentityHashMap<>();

  public EvidenceResolver(Catalog.Grammar grammar) {
    this.grammar = grammar;
  }

  @Override
  public ClaimCheck resolve(Claim claim, ReportEvidence report) {
    if (claim.metric().isPresent()) {
      MetricDefinition metric = claim.metric().get();
      List<Figure> candidates =
          report.figures().stream()
              .filter(
                  f ->
                      f.metric().equals(metric.id())
                          && f.kind() == claim.kind()
                          && claim.period().sameMomentAs(f.period()))
              .sorted(FigureValues.BY_PAGE)
              .toList();
      if (!candidates.isEmpty()) {
        ClaimCheck byFigures = byFigures(claim, metric, candidates);
        if (byFigures.status() == ClaimStatus.AGREES || (claim.firm() && !claim.picture())) {
          return byFigures;
        }
        // Named only loosely (by a heading, a list's introduction), or told of a picture: another
        // value of the metric is no proof of a disagreement. The claim's words may still find it.
        ClaimCheck byMentions = byMentions(claim, report);
        if (byMentions.status() == ClaimStatus.AGREES) {
          return byMentions;
        }
        return new ClaimCheck(
            claim,
            ClaimStatus.NOT_IN_REPORT,
            Optional.empty(),
            byFigures.considered(),
            "the report's "
                + metric.label().toLowerCase(Locale.ROOT)
                + " is "
                + FigureValues.describe(FigureValues.byValue(candidates))
                + ", but "
                + (claim.picture()
                    ? "the claim describes a picture"
                    : "the claim's own words do not name that metric")
                + pictureNote(claim));
      }
    }
    ClaimCheck check = byMentions(claim, report);
    if (claim.picture() && check.status() != ClaimStatus.AGREES) {
      return new ClaimCheck(
          claim,
          ClaimStatus.NOT_IN_REPORT,
          Optional.empty(),
          check.considered(),
          check.explanation() + pictureNote(claim));
    }
    return check;
  }

  /** Why a number of a picture's description may be missing: the report draws it. */
  private static String pictureNote(Claim claim) {
    return claim.picture()
        ? "; shown only in a picture of the report (its chart values are not read)"
        : "";
  }

  private ClaimCheck byFigures(Claim claim, MetricDefinition metric, List<Figure> candidates) {
    List<Evidence> considered = candidates.stream().map(Evidence::of).toList();
    Map<BigDecimal, List<Figure>> byValue = FigureValues.byValue(candidates);
    // The report may state the thing twice with two values (a cross-check reports that): the
    // claim agrees with the report where one of them is its own.
    Optional<Evidence> agreeing =
        considered.stream().filter(e -> agreement(claim, e).isPresent()).findFirst();
    if (agreeing.isPresent()) {
      Evidence evidence = agreeing.get();
      String others =
          byValue.size() > 1 ? "; the report also states " + FigureValues.describe(byValue) : "";
      return new ClaimCheck(
          claim,
          ClaimStatus.AGREES,
          agreeing,
          considered,
          agreement(claim, evidence).orElseThrow()
              + " (page "
              + evidence.provenance().page()
              + terms(claim)
              + ")"
              + others);
    }
    if (byValue.size() > 1) {
      return new ClaimCheck(
          claim,
          ClaimStatus.AMBIGUOUS,
          Optional.of(considered.get(0)),
          considered,
          "the report states " + FigureValues.describe(byValue));
    }
    Evidence evidence = considered.get(0);
    return new ClaimCheck(
        claim,
        ClaimStatus.DISAGREES,
        Optional.of(evidence),
        considered,
        "the summary says "
            + Rounding.plain(claim.number().value())
            + ", the report says "
            + Rounding.plain(evidence.value())
            + " on page "
            + evidence.provenance().page()
            + " for the same "
            + metric.label().toLowerCase(Locale.ROOT)
            + terms(claim));
  }

  private static String terms(Claim claim) {
    return claim.terms().isEmpty()
        ? ""
        : "; the claim names it by: " + String.join(", ", claim.terms());
  }

  /** A number of the report with how much of the claim's words it shares. */
  private record Scored(Mention mention, double similarity, List<String> shared) {
    String describe() {
      return "page "
          + mention.page()
          + "; words in common: "
          + String.join(", ", shared)
          + "; similarity "
          + String.format(Locale.ROOT, "%.2f", similarity);
    }
  }

  /**
   * The digits a value needs to be the same value by chance once in a report's few thousand
   * numbers: with four (not counting the zeros that end it), one in ten thousand.
   */
  static final int DISTINCTIVE_DIGITS = 4;

  /** The one place that prints exactly the claim's value, when that value is distinctive. */
  private static Optional<Scored> distinctive(Claim claim, List<Scored> compatible) {
    BigDecimal value = claim.number().value();
    if (significantDigits(value) < DISTINCTIVE_DIGITS) {
      return Optional.empty();
    }
    List<Scored> exact =
        compatible.stream()
            .filter(s -> s.mention().number().value().compareTo(value) == 0)
            .toList();
    return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
  }

  private static int significantDigits(BigDecimal value) {
    return value.stripTrailingZeros().precision();
  }

  private ClaimCheck byMentions(Claim claim, ReportEvidence report) {
    Idf idf = idfs.computeIfAbsent(report, r -> new Idf(r, grammar));
    Map<String, Double> words = claimWords(claim);
    List<Scored> compatible = new ArrayList<>();
    List<Scored> sameMetric = new ArrayList<>();
    for (Mention mention : report.mentions()) {
      if (!sameUnit(claim, mention)) {
        continue;
      }
      Scored scored = similarity(claim, mention, words, idf);
      if (agreement(claim, Evidence.of(mention)).isPresent()) {
        compatible.add(scored);
      } else if (claim.metric().isPresent()
          && mention.metric().equals(claim.metric().map(MetricDefinition::id))
          && claim.period().sameMomentAs(mention.period())) {
        sameMetric.add(scored);
      }
    }
    Comparator<Scored> bySimilarity = Comparator.comparingDouble(Scored::similarity).reversed();
    compatible.sort(bySimilarity);
    sameMetric.sort(bySimilarity);
    List<Evidence> considered =
        compatible.stream().limit(5).map(s -> Evidence.of(s.mention())).toList();
    if (!compatible.isEmpty() && compatible.get(0).similarity() >= MIN_SIMILARITY) {
      Scored best = compatible.get(0);
      Evidence evidence = Evidence.of(best.mention());
      return new ClaimCheck(
          claim,
          ClaimStatus.AGREES,
          Optional.of(evidence),
          considered,
          agreement(claim, evidence).orElseThrow() + " (" + best.describe() + ")");
    }
    // A value too precise to meet by chance ("1 406 165 €"), printed at one place of the report:
    // that place is the claim's, whatever the words around it.
    Optional<Scored> distinctive = distinctive(claim, compatible);
    if (distinctive.isPresent()) {
      Evidence evidence = Evidence.of(distinctive.get().mention());
      return new ClaimCheck(
          claim,
          ClaimStatus.AGREES,
          Optional.of(evidence),
          considered,
          agreement(claim, evidence).orElseThrow()
              + " (page "
              + evidence.provenance().page()
              + ": a value of "
              + significantDigits(claim.number().value())
              + " significant digits, printed once in the report)");
    }
    // The report says the same thing with another value: a number its words give the claim's
    // metric and period, and that shares most of the claim's words.
    if (!sameMetric.isEmpty() && sameMetric.get(0).similarity() >= MIN_DISAGREEMENT_SIMILARITY) {
      Scored other = sameMetric.get(0);
      Evidence evidence = Evidence.of(other.mention());
      return new ClaimCheck(
          claim,
          ClaimStatus.DISAGREES,
          Optional.of(evidence),
          sameMetric.stream().limit(5).map(s -> Evidence.of(s.mention())).toList(),
          "the summary says "
              + Rounding.plain(claim.number().value())
              + ", the report says "
              + Rounding.plain(evidence.value())
              + " for what its words also call "
              + claim.metric().get().label().toLowerCase(Locale.ROOT)
              + " ("
              + other.describe()
              + ")");
    }
    String why =
        compatible.isEmpty()
            ? "the report prints no number compatible with "
                + Rounding.plain(claim.number().value())
            : "the report's "
                + Rounding.plain(compatible.get(0).mention().number().value())
                + " (page "
                + compatible.get(0).mention().page()
                + ") shares too few of the claim's words ("
                + String.format(Locale.ROOT, "%.2f", compatible.get(0).similarity())
                + ")";
    return new ClaimCheck(
        claim, ClaimStatus.NOT_IN_REPORT, Optional.empty(), considered, why + terms(claim));
  }

  /**
   * The share of the claim's word weight (each word weighted by its rarity among the report's
   * numbers) that the number's words hold, plus {@link #SAME_METRIC_BONUS} when both name the same
   * metric; halved when the number speaks of another period than the claim.
   */
  private static Scored similarity(
      Claim claim, Mention mention, Map<String, Double> words, Idf idf) {
    Set<String> theirs = idf.words(mention);
    double total = 0;
    double met = 0;
    List<String> shared = new ArrayList<>();
    for (Map.Entry<String, Double> w : words.entrySet()) {
      double weight = w.getValue() * idf.of(w.getKey());
      total += weight;
      if (theirs.stream().anyMatch(t -> LexicalRecognizer.sameWord(t, w.getKey()))) {
        met += weight;
        shared.add(w.getKey());
      }
    }
    double similarity = total == 0 ? 0 : met / total;
    if (claim.metric().isPresent()
        && mention.metric().equals(claim.metric().map(MetricDefinition::id))) {
      similarity += SAME_METRIC_BONUS;
    }
    if (!claim.period().sameMomentAs(mention.period())) {
      similarity /= 2;
    }
    return new Scored(mention, similarity, shared);
  }

  private Map<String, Double> claimWords(Claim claim) {
    Map<String, Double> words = new LinkedHashMap<>();
    for (String t : grammar.analysis().terms(claim.context().antecedent())) {
      words.put(t, ANTECEDENT_WEIGHT);
    }
    // Its own segment and its whole clause as the summary prints it: a segment that the next
    // number cuts short ("39 % des | 26,06 millions d'adresses") leaves out what it counts.
    for (String t : grammar.analysis().terms(claim.context().own() + " " + claim.text())) {
      words.put(t, 1.0);
    }
    return words;
  }

  /** A claim in euros or percent is compared with numbers printed with that unit, and so on. */
  private static boolean sameUnit(Claim claim, Mention mention) {
    Optional<Unit> a = claim.number().unitShown();
    Optional<Unit> b = mention.number().unitShown();
    return a.equals(b) || (a.equals(Optional.of(Unit.EUR)) && b.isEmpty() && big(mention));
  }

  /** A bare number large enough to be euros ("5 869 442" in a budget table). */
  private static boolean big(Mention mention) {
    return mention.number().value().compareTo(BigDecimal.valueOf(10_000)) >= 0;
  }

  static Optional<String> agreement(Claim claim, Evidence evidence) {
    Optional<String> rounding =
        Rounding.agreement(
            claim.number().value(),
            claim.number().halfInterval(),
            evidence.value(),
            evidence.halfInterval());
    if (rounding.isPresent()) {
      return rounding;
    }
    // "plus de 1 000" is true of 1 200; "au moins 11" of 11.
    int compare = evidence.value().compareTo(claim.number().value());
    Optional<Qualifier> hedge = claim.qualifier();
    if (hedge.equals(Optional.of(Qualifier.MORE_THAN)) && compare > 0
        || hedge.equals(Optional.of(Qualifier.AT_LEAST)) && compare >= 0) {
      return Optional.of(
          "the report's "
              + Rounding.plain(evidence.value())
              + " is "
              + hedge.get().id().replace('_', ' ')
              + " "
              + Rounding.plain(claim.number().value()));
    }
    return Optional.empty();
  }

  /** How rare each word is among the report's numbers, and the words of each number. */
  private static final class Idf {
    private final Map<Mention, Set<String>> words = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> frequency = new HashMap<>();
    private final int count;

    Idf(ReportEvidence report, Catalog.Grammar grammar) {
      for (Mention m : report.mentions()) {
        Set<String> set =
            new HashSet<>(
                grammar
                    .analysis()
                    .terms(
                        String.join(
                            " ",
                            m.label(),
                            m.context().own(),
                            m.context().antecedent(),
                            m.context().topic())));
        words.put(m, set);
        set.forEach(w -> frequency.merge(w, 1, Integer::sum));
      }
      count = report.mentions().size();
    }

    Set<String> words(Mention mention) {
      return words.getOrDefault(mention, Set.of());
    }

    double of(String word) {
      return Math.log(1 + (double) count / (1 + frequency.getOrDefault(word, 0)));
    }
  }
}
