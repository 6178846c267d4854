package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognizes a metric by what it counts: the terms of its {@link Concept} are looked for among the
 * analyzed words around the number, the unit must fit, and the aspect of the clause (a flow or a
 * state) favours the metric of the same temporality.
 *
 * <p>A name found in the words right after the number scores 3 ("154 agents publics"), elsewhere in
 * its own clause 2, only in an earlier clause of the sentence 1 ("dont 45 %" takes its noun there);
 * each {@code with} group met adds 1 (0.5 when only an earlier clause has it); an aspect that fits
 * adds 1.5, one that contradicts takes 1.5 away. When the words right after the number name what
 * some metric counts, only metrics named there qualify: in French the counted noun follows its
 * number. The best metric wins; two metrics with the same best score recognize nothing (the wording
 * does not tell them apart, and a guess would be a wrong figure).
 */
public final class LexicalRecognizer implements MetricRecognizer {

  /** The counted noun starts within this many words after the number ("services numériques"). */
  private static final int HEAD_START = 3;

  /** How many words before "dont" or "soit" the noun they refer to may stand. */
  private static final int BACK_REFERENCE_REACH = 6;

  private static final int HEAD_NAME = 3;
  private static final int PHRASE_GAP = 3;
  private static final int PREFIX = 5;

  private final Catalog catalog;
  private final Map<String, Aspect> topicAspects = new ConcurrentHashMap<>();

  public LexicalRecognizer(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The analyzed context of one number, ready to score any metric against. */
  private record Prepared(Words words, Aspect aspect, Kind kind, boolean headNamed) {}

  private Prepared prepare(NumberContext context) {
    Catalog.Grammar grammar = catalog.grammar();
    // A number given to the noun before it ("the budget was $19,574,746 with …") counts that
    // noun: the words after it start something else.
    boolean attributed = grammar.attributes(context.lead());
    List<String> head = attributed ? List.of() : grammar.analysis().terms(context.head());
    List<String> own = grammar.analysis().terms(context.own());
    List<String> sentence = grammar.analysis().terms(context.antecedent());
    // Without a marker of its own, a number takes the aspect of its page's title ("état des
    // lieux au 1er janvier").
    boolean backReference = grammar.refersBack(context.lead());
    // The verb of a part ("dont 18 sont devenus ...") tells nothing of when: only its markers do.
    Aspect ownAspect = context.whole() ? Aspect.STATE : aspect(context.own(), !backReference);
    Aspect aspect = ownAspect == Aspect.NEITHER ? topicAspect(context.topic()) : ownAspect;
    Words words =
        new Words(
            head,
            attributed
                ? grammar.analysis().terms(context.lead())
                : grammar.analysis().terms(context.lead() + " " + context.clauseAfter()),
            own,
            sentence,
            backReference
                ? tail(sentence)
                : attributed ? grammar.analysis().terms(context.lead()) : List.of(),
            grammar.analysis().terms(context.topic()));
    return new Prepared(words, aspect, grammar.kindOf(context.lead()), namesAny(head));
  }

  /**
   * The metric's own score for the number, whatever the other metrics score and whatever its unit:
   * what {@code catalog explain} shows.
   */
  public Optional<Recognition> score(
      NumberContext context, FrenchNumber number, MetricDefinition metric) {
    if (number.relative() || metric.concept().isEmpty()) {
      return Optional.empty();
    }
    return scored(metric, prepare(context));
  }

  /** Whether words right after the number name something, so that a metric must be named there. */
  public boolean headNamesSomething(NumberContext context) {
    return prepare(context).headNamed();
  }

  private static Optional<Recognition> scored(MetricDefinition metric, Prepared p) {
    return score(metric, metric.concept().get(), p.words())
        .map(
            r ->
                new Recognition(
                    metric,
                    r.score() + 1.5 * p.aspect().agreement(metric.temporality()),
                    r.nameScore(),
                    r.ownGroups(),
                    r.terms(),
                    p.aspect(),
                    p.kind()));
  }

  @Override
  public Optional<Recognition> recognize(NumberContext context, FrenchNumber number) {
    if (number.relative() || catalog.grammar().measuresNothing(context.lead(), context.head())) {
      return Optional.empty();
    }
    Prepared prepared = prepare(context);
    Aspect aspect = prepared.aspect();
    Recognition best = null;
    boolean tie = false;
    for (MetricDefinition metric : catalog.metrics()) {
      if (metric.concept().isEmpty()
          || !fits(metric.unit(), number)
          || !UnitCheck.fits(metric, number)) {
        continue;
      }
      Optional<Recognition> r = scored(metric, prepared);
      if (r.isEmpty() || (prepared.headNamed() && r.get().nameScore() < HEAD_NAME)) {
        continue; // not named, or the words after the number name another thing
      }
      Recognition scored = r.get();
      double score = scored.score();
      // The higher score wins; at equal scores, the name closer to the number; then, for a
      // number told without an event, the state: it says how things stand.
      int order =
          best == null
              ? 1
              : score != best.score()
                  ? Double.compare(score, best.score())
                  : scored.nameScore() != best.nameScore()
                      ? Double.compare(scored.nameScore(), best.nameScore())
                      : aspect == Aspect.NEITHER
                          ? Boolean.compare(isState(metric), isState(best.metric()))
                          : 0;
      if (order > 0) {
        best = scored;
        tie = false;
      } else if (order == 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * Whether the number can be a value of the unit. Stricter than for a table cell: running text
   * prints the unit of money and shares ("5,9 M€", "45 %"), so a bare number is a count or a score.
   */
  static boolean fits(Unit unit, FrenchNumber number) {
    Unit shown = number.unitShown().orElse(null);
    return switch (unit) {
      case EUR -> shown == Unit.EUR;
      case MONEY -> shown == Unit.MONEY;
      case COUNT, QUANTITY, PERCENT, SCORE -> UnitCheck.fits(unit, number);
    };
  }

  /**
   * The analyzed words around a number: those right after it, its clause proper (up to the next
   * comma: where an exclusion term rules a metric out), its own segment, the earlier clauses of its
   * sentence, the last words before a "dont" that refers back (empty otherwise), and the title of
   * its page.
   */
  private record Words(
      List<String> head,
      List<String> clause,
      List<String> own,
      List<String> sentence,
      List<String> referent,
      List<String> topic) {}

  /**
   * The names and {@code with} groups of the concept found in the words. A name right after the
   * number, or right before a "dont" that refers back to it, scores {@value #HEAD_NAME}; elsewhere
   * in its clause 2, in an earlier clause of its sentence 1, only in the page's title 0.5. A group
   * met in its clause scores 1, in an earlier clause 0.5, only in the title 0.25. Empty when a term
   * of {@code without} is in the clause, or no name or a group is missing.
   */
  private static Optional<Recognition> score(MetricDefinition metric, Concept concept, Words w) {
    // A part ("dont 11 en 2024") is ruled out by what rules its whole out too.
    boolean referring = !w.referent().isEmpty();
    for (Concept.Phrase excluded : concept.without()) {
      if (contains(w.clause(), excluded) || referring && contains(w.sentence(), excluded)) {
        return Optional.empty();
      }
    }
    List<String> found = new ArrayList<>();
    double names = 0;
    for (Concept.Phrase name : concept.names()) {
      // A share's words after the number name its base ("30 % des membres sont des agents
      // publics"): what it counts stands anywhere in its clause.
      boolean share = metric.unit() == Unit.PERCENT && contains(w.own(), name);
      double s =
          startsWithin(w.head(), name, HEAD_START) || contains(w.referent(), name) || share
              ? HEAD_NAME
              : contains(w.own(), name)
                  ? 2
                  : contains(w.sentence(), name) ? 1 : contains(w.topic(), name) ? 0.5 : 0;
      if (s > 0) {
        found.add(name.text());
      }
      names = Math.max(names, s);
    }
    if (names == 0) {
      return Optional.empty();
    }
    double with = 0;
    boolean ownGroups = true;
    for (List<Concept.Phrase> group : concept.with()) {
      double best = 0;
      String term = null;
      for (Concept.Phrase p : group) {
        double s =
            contains(w.own(), p)
                ? 1
                : contains(w.sentence(), p) ? 0.5 : contains(w.topic(), p) ? 0.25 : 0;
        if (s > best) {
          best = s;
          term = p.text();
        }
      }
      if (term == null) {
        return Optional.empty();
      }
      with += best;
      found.add(term);
      // A part ("dont 11 en 2024") takes its qualifiers from the sentence that names its whole.
      ownGroups &= best == 1 || referring && best == 0.5;
    }
    return Optional.of(
        new Recognition(
            metric, names + with, names, ownGroups, found, Aspect.NEITHER, Kind.ACTUAL));
  }

  private static boolean isState(MetricDefinition metric) {
    return metric.temporality() == MetricDefinition.Temporality.STATE;
  }

  /** The last words of an earlier clause, where the noun that "dont" refers to stands. */
  private static List<String> tail(List<String> words) {
    return words.subList(Math.max(0, words.size() - BACK_REFERENCE_REACH), words.size());
  }

  /** Whether the words name what some metric of the catalog counts. */
  private boolean namesAny(List<String> words) {
    return catalog.metrics().stream()
        .flatMap(m -> m.concept().stream())
        .flatMap(c -> c.names().stream())
        .anyMatch(name -> startsWithin(words, name, HEAD_START));
  }

  /**
   * The aspect of a clause: the kind of its markers when they all agree ("dans l'année", "au
   * total"), else a flow when its verb tells an event ("ont été embarqués").
   */
  public Aspect aspect(String clause) {
    return aspect(clause, true);
  }

  /** The aspect of a page's title, which every number of the page asks for: computed once. */
  private Aspect topicAspect(String topic) {
    return topicAspects.computeIfAbsent(topic, t -> aspect(t, true));
  }

  private Aspect aspect(String clause, boolean events) {
    boolean flow = Catalog.Grammar.matches(catalog.grammar().flowMarkers(), clause);
    boolean state = Catalog.Grammar.matches(catalog.grammar().stateMarkers(), clause);
    if (flow != state) {
      return flow ? Aspect.FLOW : Aspect.STATE;
    }
    return events && !flow && Catalog.Grammar.matches(catalog.grammar().eventMarkers(), clause)
        ? Aspect.FLOW
        : Aspect.NEITHER;
  }

  /** Whether the words hold the phrase: its stems in order, each within a few words of the last. */
  static boolean contains(List<String> words, Concept.Phrase phrase) {
    return startsWithin(words, phrase, words.size());
  }

  /** Whether the words hold the phrase starting among their first {@code limit} words. */
  static boolean startsWithin(List<String> words, Concept.Phrase phrase, int limit) {
    List<String> stems = phrase.stems();
    for (int i = 0; i < Math.min(limit, words.size()); i++) {
      if (!sameWord(words.get(i), stems.get(0))) {
        continue;
      }
      int at = i;
      boolean all = true;
      for (int k = 1; k < stems.size() && all; k++) {
        all = false;
        for (int j = at + 1; j < words.size() && j <= at + PHRASE_GAP; j++) {
          if (sameWord(words.get(j), stems.get(k))) {
            at = j;
            all = true;
            break;
          }
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two stems are one word when equal, or when one extends the other and the shorter has five
   * letters or more: the light stemmer leaves "investig" and "investigu", "certif" and "certific".
   */
  public static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= PREFIX && longer.startsWith(shorter);
  }
}
