package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

  private static Catalog load(String yaml) throws CatalogException {
    return new CatalogLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  @Test
  void loadsTheBuiltInCatalogWithEveryMetricOfTheSpec() throws CatalogException {
    Catalog catalog = new CatalogLoader().loadDefault();
    assertThat(catalog.metrics())
        .extracting(m -> m.id().id())
        .contains(
            "investigations_in_progress",
            "services_active",
            "national_impact_total",
            "national_impact_new",
            "program_budget_eur",
            "nps",
            "women_share_eig",
            "eig_recruited");
    assertThat(catalog.metrics()).hasSize(28);
    assertThat(catalog.sha256()).hasSize(64);
  }

  @Test
  void loadsAMetricThatAnAnalystAdds() throws CatalogException {
    Catalog catalog =
        load(
            """
        version: 1
        metrics:
          - id: open_source_share
            unit: percent
            patterns: ["(?<value>{n}) des services .{0,40}code source ouvert"]
        """);
    TextMatcher matcher = new TextMatcher(catalog);
    assertThat(
            matcher.match(
                "+80 % des services en accélération ont un code source ouvert. 71 % des services",
                java.util.List.of(), 2024))
        .isEmpty();
    assertThat(
            matcher.match(
                "80 % des services en accélération et pérennisés ont un code source ouvert.",
                java.util.List.of(), 2024))
        .extracting(m -> m.number().value().intValue())
        .containsExactly(80);
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPath() {
    assertThatThrownBy(
            () ->
                load(
                    """
        version: 1
        columns:
          - pattern: "résultats (\\\\d{4})"
            kind: actual
        metrics:
          - id: good_one
            unit: count
            patterns: ["(?<value>{n}) membres"]
          - id: Bad-Id
            unit: count
            patterns: ["(?<value>{n}) x"]
          - id: no_group
            unit: count
            patterns: ["{n} membres", "(?<value>{n}) ok"]
          - id: broken_regex
            unit: dollars
            patterns: ["(?<value>{n} ("]
          - id: unknown_macro
            unit: count
            patterns: ["(?<value>{nombre})"]
        """))
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .containsExactly(
                        "columns[0].pattern (line 3, column 14): no group 'year'",
                        "metrics[1] (Bad-Id).id (line 9, column 9): a metric id is lowercase"
                            + " letters, digits and '_': 'Bad-Id'",
                        "metrics[2] (no_group).patterns[0] (line 14, column 16): no group 'value'",
                        "metrics[3] (broken_regex).unit (line 16, column 11): unknown unit"
                            + " 'dollars' (expected count, quantity, eur, money, percent, score)",
                        "metrics[3] (broken_regex).patterns[0] (line 17, column 16): not a valid"
                            + " regular expression: Unclosed group",
                        "metrics[4] (unknown_macro).patterns[0] (line 20, column 16): unknown"
                            + " macro {nombre}"));
  }

  @Test
  void refusesUnknownKeys() {
    assertThatThrownBy(
            () ->
                load(
                    """
        version: 1
        metrics:
          - id: a
            unit: count
            pattern: "(?<value>{n}) a"
        """))
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .containsExactly(
                        "metrics[0] (a): unknown key 'pattern' (line 5, column 5; known: concept,"
                            + " currency, id, label, patterns, period, rows, temporality, unit)",
                        "metrics[0] (a) (line 3, column 5): a metric needs a concept, patterns or"
                            + " rows, or it can never be found"));
  }

  @Test
  void reportsEveryUnknownKeyAndTheOtherProblemsInOnePass() {
    assertThatThrownBy(
            () ->
                load(
                    """
        version: 1
        metrics:
          - id: first
            unit: count
            colour: blue
            patterns: ["(?<value>{n} ("]
          - id: second
            unit: count
            concept:
              names: [membres]
              whith: [[actifs]]
        """))
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .containsExactly(
                        "metrics[0] (first): unknown key 'colour' (line 5, column 5; known:"
                            + " concept, currency, id, label, patterns, period, rows, temporality, unit)",
                        "metrics[1] (second).concept: unknown key 'whith' (line 11, column 7;"
                            + " known: names, with, without)",
                        "metrics[0] (first).patterns[0] (line 6, column 16): not a valid regular"
                            + " expression: Unclosed group"));
  }

  @Test
  void placesAYamlSyntaxErrorAtOneLineAndColumnThatExist() {
    assertThatThrownBy(
            () ->
                load(
                    """
        version: 1
        metrics:
          - id: a
            unit: count
            patterns: ["(?<value>{n}) a"
          - id: b
        """))
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .singleElement()
                    .asString()
                    .startsWith("not valid YAML at line 6, column 3: "));
  }

  @Test
  void refusesAMetricDefinedTwiceAndAMetricThatCanNeverBeFound() {
    assertThatThrownBy(
            () ->
                load(
                    """
        version: 1
        metrics:
          - id: a
            unit: count
            patterns: ["(?<value>{n}) a"]
          - id: a
            unit: count
            patterns: ["(?<value>{n}) b"]
          - id: c
            unit: count
        """))
        .isInstanceOf(CatalogException.class)
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .containsExactly(
                        "metrics[1] (a).id (line 6, column 9): 'a' is defined twice",
                        "metrics[2] (c) (line 9, column 5): a metric needs a concept, patterns or"
                            + " rows, or it can never be found"));
  }

  @Test
  void refusesAnEmptyFileAndAnotherVersion() {
    assertThatThrownBy(() -> load("")).isInstanceOf(CatalogException.class);
    assertThatThrownBy(() -> load("version: 2\nmetrics: []\n"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("version (line 1, column 10): expected 1, found 2");
  }
}
