package fr.beta.bilans.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads a catalog strictly: unknown keys fail, every pattern is compiled at load, and every problem
 * is reported at once with its path ({@code metrics[3].patterns[1]: no group 'value'}).
 *
 * <p>In patterns, {@code {n}} stands for a number as French reports print it (see {@link
 * FrenchNumbers#NUMBER_REGEX}) and {@code {year}} for a four-digit year; the catalog may define
 * more such macros under {@code macros}. Patterns are matched case-insensitively against text whose
 * spaces are collapsed and whose apostrophes are plain.
 */
public final class CatalogLoader {

  /** The catalogs shipped with bilans, one per report family, by name. */
  public static final String SHIPPED = "/fr/beta/bilans/catalogs/";

  /** The family bilans was made for: the beta.gouv.fr programme's yearly reports. */
  public static final String DEFAULT_NAME = "beta";

  /** The catalog used when none is named. */
  public static final String DEFAULT_RESOURCE = SHIPPED + DEFAULT_NAME + ".yaml";

  private static final Pattern MACRO = Pattern.compile("\\{([a-z_]+)\\}");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private record RawMetric(
      String id,
      String label,
      String unit,
      String temporality,
      List<String> patterns,
      @JsonProperty("rows") List<String> rowLabels,
      RawConcept concept,
      String currency,
      String period) {}

  private record RawConcept(List<String> names, List<List<String>> with, List<String> without) {}

  private record RawGrammar(
      List<List<String>> synonyms,
      List<String> event,
      List<String> flow,
      List<String> state,
      List<String> target,
      @JsonProperty("data_date") List<String> dataDate,
      @JsonProperty("back_reference") List<String> backReference,
      List<String> scope,
      List<String> benchmark,
      List<String> rate,
      List<String> attribute) {}

  private record RawColumn(String pattern, String kind) {}

  private record RawRunningTotal(String total, String increment) {}

  private record RawCatalog(
      Integer version,
      Map<String, String> macros,
      Map<String, List<String>> qualifiers,
      @JsonProperty("period_ignored") List<String> periodIgnored,
      List<RawColumn> columns,
      List<RawMetric> metrics,
      @JsonProperty("running_totals") List<RawRunningTotal> runningTotals,
      RawGrammar grammar,
      List<String> languages) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public Catalog loadDefault() throws CatalogException {
    return CatalogSource.builtIn().load();
  }

  public Catalog load(Path file) throws CatalogException {
    return CatalogSource.file(file).load();
  }

  public Catalog load(byte[] bytes, String source) throws CatalogException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    YamlPlaces places;
    try {
      places = YamlPlaces.read(text, RawCatalog.class);
    } catch (YamlPlaces.SyntaxError e) {
      throw new CatalogException(source, List.of(e.getMessage()));
    }
    RawCatalog raw;
    try {
      // Unknown keys are all reported by the places, with theirs: the mapper skips them.
      raw = yaml.readValue(text, RawCatalog.class);
    } catch (JsonMappingException e) {
      List<String> problems = new ArrayList<>(places.unknownKeys());
      problems.add(places.locate(path(e) + ": " + e.getOriginalMessage()));
      throw new CatalogException(source, problems);
    } catch (JsonProcessingException e) {
      throw new CatalogException(
          source, List.of("not valid YAML: " + e.getOriginalMessage() + line(e)));
    }
    if (raw == null) {
      throw new CatalogException(source, List.of("the file is empty"));
    }
    return load(raw, bytes, source, places);
  }

  /** Validates everything, then reports every problem at once, each at its place. */
  private Catalog load(RawCatalog raw, byte[] bytes, String source, YamlPlaces places)
      throws CatalogException {
    List<String> problems = new ArrayList<>();
    if (raw.version() == null || raw.version() != 1) {
      problems.add("version: expected 1, found " + raw.version());
    }
    Map<String, String> macros = new LinkedHashMap<>();
    macros.put("n", FrenchNumbers.NUMBER_REGEX);
    macros.put("year", "(?:19|20)\\d\\d");
    if (raw.macros() != null) {
      raw.macros()
          .forEach(
              (k, v) -> {
                if (macros.containsKey(k)) {
                  problems.add("macros." + k + ": redefines a built-in macro");
                } else {
                  macros.put(k, v);
                }
              });
    }
    Map<Qualifier, List<String>> qualifiers = new EnumMap<>(Qualifier.class);
    if (raw.qualifiers() != null) {
      raw.qualifiers()
          .forEach(
              (k, v) -> {
                try {
                  qualifiers.put(Qualifier.fromId(k), List.copyOf(v));
                } catch (IllegalArgumentException | NullPointerException e) {
                  problems.add("qualifiers." + k + ": " + e.getMessage());
                }
              });
    }
    List<Pattern> periodIgnored = new ArrayList<>();
    list(raw.periodIgnored())
        .forEach(
            p ->
                compile(p, "period_ignored", macros, Set.of(), problems)
                    .ifPresent(periodIgnored::add));
    List<ColumnRule> columns = new ArrayList<>();
    List<RawColumn> rawColumns = list(raw.columns());
    for (int i = 0; i < rawColumns.size(); i++) {
      String where = "columns[" + i + "]";
      RawColumn c = rawColumns.get(i);
      try {
        Kind kind = Kind.fromId(c.kind());
        compile(c.pattern(), where + ".pattern", macros, Set.of("year"), problems)
            .ifPresent(p -> columns.add(new ColumnRule(p, kind)));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(where + ".kind: " + e.getMessage());
      }
    }
    Catalog.Grammar grammar = grammar(raw.grammar(), macros, problems);
    List<MetricDefinition> metrics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<RawMetric> rawMetrics = list(raw.metrics());
    if (rawMetrics.isEmpty()) {
      problems.add("metrics: at least one metric is needed");
    }
    for (int i = 0; i < rawMetrics.size(); i++) {
      metric(rawMetrics.get(i), "metrics[" + i + "]", macros, grammar, ids, problems)
          .ifPresent(metrics::add);
    }
    List<Catalog.RunningTotal> runningTotals = new ArrayList<>();
    List<RawRunningTotal> rawTotals = list(raw.runningTotals());
    for (int i = 0; i < rawTotals.size(); i++) {
      String where = "running_totals[" + i + "]";
      RawRunningTotal t = rawTotals.get(i);
      boolean known = true;
      for (String id : new String[] {t.total(), t.increment()}) {
        if (id == null || !ids.contains(id)) {
          problems.add(where + ": '" + id + "' is not a metric of this catalog");
          known = false;
        }
      }
      if (known) {
        runningTotals.add(
            new Catalog.RunningTotal(new MetricId(t.total()), new MetricId(t.increment())));
      }
    }
    if (raw.languages() != null) {
      for (String language : raw.languages()) {
        if (language == null || !language.matches("fr|en")) {
          problems.add("languages: '" + language + "' is not a language bilans reads (fr, en)");
        }
      }
    }
    List<String> all = new ArrayList<>(places.unknownKeys());
    problems.forEach(p -> all.add(places.locate(p)));
    if (!all.isEmpty()) {
      throw new CatalogException(source, all);
    }
    List<String> languages = raw.languages() == null ? List.of("fr") : raw.languages();
    return new Catalog(
        1,
        metrics,
        columns,
        qualifiers,
        periodIgnored,
        runningTotals,
        grammar,
        languages,
        sha256(bytes));
  }

  private java.util.Optional<MetricDefinition> metric(
      RawMetric m,
      String where,
      Map<String, String> macros,
      Catalog.Grammar grammar,
      Set<String> ids,
      List<String> problems) {
    int before = problems.size();
    MetricId id = null;
    try {
      id = new MetricId(m.id());
      if (!ids.add(m.id())) {
        problems.add(where + ".id: '" + m.id() + "' is defined twice");
      }
    } catch (IllegalArgumentException e) {
      problems.add(where + ".id: " + e.getMessage());
    }
    Unit unit = null;
    try {
      unit = Unit.fromId(m.unit());
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(where + ".unit: " + (m.unit() == null ? "missing" : e.getMessage()));
    }
    MetricDefinition.Temporality temporality = MetricDefinition.Temporality.FLOW;
    if ("state".equals(m.temporality())) {
      temporality = MetricDefinition.Temporality.STATE;
    } else if (m.temporality() != null && !"flow".equals(m.temporality())) {
      problems.add(where + ".temporality: expected state or flow, found '" + m.temporality() + "'");
    }
    List<Pattern> patterns = new ArrayList<>();
    List<String> rawPatterns = list(m.patterns());
    for (int j = 0; j < rawPatterns.size(); j++) {
      compile(rawPatterns.get(j), where + ".patterns[" + j + "]", macros, Set.of("value"), problems)
          .ifPresent(patterns::add);
    }
    List<Pattern> rows = new ArrayList<>();
    List<String> rawRows = list(m.rowLabels());
    for (int j = 0; j < rawRows.size(); j++) {
      compile(rawRows.get(j), where + ".rows[" + j + "]", macros, Set.of(), problems)
          .ifPresent(rows::add);
    }
    java.util.Optional<Concept> concept =
        m.concept() == null
            ? java.util.Optional.empty()
            : concept(m.concept(), where + ".concept", grammar, problems);
    if (m.period() != null && !"report".equals(m.period())) {
      problems.add(where + ".period: expected report (or nothing), found '" + m.period() + "'");
    }
    Optional<String> currency = Optional.ofNullable(m.currency());
    if (currency.isPresent()
        && (!currency.get().matches("[A-Z]{3}") || (unit != Unit.MONEY && unit != Unit.EUR))) {
      problems.add(
          where
              + ".currency: an ISO code (CAD, USD, GBP…) for a metric of unit money, found '"
              + m.currency()
              + "'");
    }
    if (unit == Unit.EUR) {
      currency = Optional.of("EUR");
    }
    if (patterns.isEmpty() && rows.isEmpty() && concept.isEmpty() && problems.size() == before) {
      problems.add(
          where + ": a metric needs a concept, patterns or rows, or it can never be found");
    }
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new MetricDefinition(
            id,
            m.label() == null ? m.id() : m.label(),
            unit,
            temporality,
            patterns,
            rows,
            concept,
            currency,
            "report".equals(m.period())));
  }

  private static java.util.Optional<Concept> concept(
      RawConcept c, String where, Catalog.Grammar grammar, List<String> problems) {
    int before = problems.size();
    List<Concept.Phrase> names = phrases(c.names(), where + ".names", grammar, problems);
    if (names.isEmpty() && problems.size() == before) {
      problems.add(where + ".names: a concept needs at least one term that names what it counts");
    }
    List<List<Concept.Phrase>> with = new ArrayList<>();
    List<List<String>> rawWith = list(c.with());
    for (int j = 0; j < rawWith.size(); j++) {
      List<Concept.Phrase> group =
          phrases(rawWith.get(j), where + ".with[" + j + "]", grammar, problems);
      if (group.isEmpty() && problems.size() == before) {
        problems.add(where + ".with[" + j + "]: an empty group can never be met");
      }
      with.add(group);
    }
    List<Concept.Phrase> without = phrases(c.without(), where + ".without", grammar, problems);
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Concept(names, with, without));
  }

  private static List<Concept.Phrase> phrases(
      List<String> terms, String where, Catalog.Grammar grammar, List<String> problems) {
    List<Concept.Phrase> phrases = new ArrayList<>();
    List<String> raw = list(terms);
    for (int j = 0; j < raw.size(); j++) {
      try {
        phrases.add(new Concept.Phrase(raw.get(j), grammar.analysis().terms(raw.get(j))));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(where + "[" + j + "]: " + e.getMessage());
      }
    }
    return phrases;
  }

  private static Catalog.Grammar grammar(
      RawGrammar g, Map<String, String> macros, List<String> problems) {
    fr.beta.bilans.text.FrenchAnalysis analysis;
    List<List<String>> synonyms = g == null ? List.of() : list(g.synonyms());
    try {
      analysis = new fr.beta.bilans.text.FrenchAnalysis(synonyms);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add("grammar.synonyms: " + e.getMessage());
      analysis = new fr.beta.bilans.text.FrenchAnalysis();
    }
    return new Catalog.Grammar(
        analysis,
        markers(g == null ? null : g.event(), "grammar.event", macros, problems),
        markers(g == null ? null : g.flow(), "grammar.flow", macros, problems),
        markers(g == null ? null : g.state(), "grammar.state", macros, problems),
        markers(g == null ? null : g.target(), "grammar.target", macros, problems),
        markers(g == null ? null : g.dataDate(), "grammar.data_date", macros, problems),
        markers(g == null ? null : g.backReference(), "grammar.back_reference", macros, problems),
        markers(g == null ? null : g.scope(), "grammar.scope", macros, problems),
        markers(g == null ? null : g.benchmark(), "grammar.benchmark", macros, problems),
        markers(g == null ? null : g.rate(), "grammar.rate", macros, problems),
        markers(g == null ? null : g.attribute(), "grammar.attribute", macros, problems));
  }

  private static List<Pattern> markers(
      List<String> raw, String where, Map<String, String> macros, List<String> problems) {
    List<Pattern> patterns = new ArrayList<>();
    List<String> list = list(raw);
    for (int j = 0; j < list.size(); j++) {
      compile(list.get(j), where + "[" + j + "]", macros, Set.of(), problems)
          .ifPresent(patterns::add);
    }
    return patterns;
  }

  private static java.util.Optional<Pattern> compile(
      String regex,
      String where,
      Map<String, String> macros,
      Set<String> requiredGroups,
      List<String> problems) {
    if (regex == null || regex.isBlank()) {
      problems.add(where + ": empty pattern");
      return java.util.Optional.empty();
    }
    // Macros may use macros: expand until none is left (a few rounds; a cycle is an error).
    StringBuilder expanded = new StringBuilder(regex);
    for (int round = 0; MACRO.matcher(expanded).find(); round++) {
      if (round == 5) {
        problems.add(where + ": macros nest too deep (a macro that uses itself?)");
        return java.util.Optional.empty();
      }
      Matcher m = MACRO.matcher(expanded.toString());
      StringBuilder next = new StringBuilder();
      while (m.find()) {
        String macro = macros.get(m.group(1));
        if (macro == null) {
          problems.add(where + ": unknown macro {" + m.group(1) + "}");
          return java.util.Optional.empty();
        }
        m.appendReplacement(next, Matcher.quoteReplacement(macro));
      }
      m.appendTail(next);
      expanded = next;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(expanded.toString(), FLAGS);
    } catch (PatternSyntaxException e) {
      problems.add(where + ": not a valid regular expression: " + e.getDescription());
      return java.util.Optional.empty();
    }
    for (String group : requiredGroups) {
      if (!expanded.toString().contains("(?<" + group + ">")) {
        problems.add(where + ": no group '" + group + "'");
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(pattern);
  }

  /** Where in the file a mapping problem is, as {@code metrics[3].colour}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(top)" : path.toString();
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
