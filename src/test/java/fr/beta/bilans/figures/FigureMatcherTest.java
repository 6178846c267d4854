package fr.beta.bilans.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.testing.PdfBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureMatcherTest {

  private static Catalog catalog;

  @TempDir Path dir;

  @BeforeAll
  static void loadCatalog() throws CatalogException {
    catalog = new CatalogLoader().loadDefault();
  }

  private List<Figure> figures(PdfBuilder pdf, int year) throws Exception {
    Path file = pdf.write(dir.resolve("report.pdf"));
    return new FigureMatcher(catalog)
        .match(new ReportExtractor().extract(file, "0".repeat(64)), year);
  }

  @Test
  void datesAMetricOfTheReportsOwnPeriodByTheReportWhateverDateStandsNearIt() throws Exception {
    String yaml =
        """
        version: 1
        metrics:
          - id: annual_budget
            unit: eur
            %s
            patterns: ["budget annuel de (?<value>{n})"]
        """;
    PdfBuilder pdf =
        new PdfBuilder().text(60, 200, 16, "Créé en 2019, le service a un budget annuel de 5 M€.");
    Path file = pdf.write(dir.resolve("budget.pdf"));
    var report = new ReportExtractor().extract(file, "0".repeat(64));

    List<Figure> dated =
        new FigureMatcher(new CatalogLoader().load(yaml.formatted("").getBytes(), "a"))
            .match(report, 2031);
    List<Figure> own =
        new FigureMatcher(
                new CatalogLoader().load(yaml.formatted("period: report").getBytes(), "b"))
            .match(report, 2031);

    assertThat(dated)
        .singleElement()
        .satisfies(f -> assertThat(f.period().iso()).isEqualTo("2019"));
    assertThat(own).singleElement().satisfies(f -> assertThat(f.period().iso()).isEqualTo("2031"));
  }

  @Test
  void tellsWhyAValueAPatternFoundWasDroppedAndReadsItWhenTheUnitIsAQuantity() throws Exception {
    String yaml =
        """
        version: 1
        metrics:
          - id: staff_fte
            unit: %s
            patterns: ["(?<value>{n}) ETPT"]
        """;
    PdfBuilder pdf = new PdfBuilder().text(60, 200, 16, "L'équipe compte 25,7 ETPT en 2031.");
    Path file = pdf.write(dir.resolve("staff.pdf"));
    var report = new ReportExtractor().extract(file, "0".repeat(64));

    FigureMatcher.Reading asCount =
        new FigureMatcher(new CatalogLoader().load(yaml.formatted("count").getBytes(), "count"))
            .read(report, 2031);
    assertThat(asCount.figures()).isEmpty();
    assertThat(asCount.warnings())
        .filteredOn(w -> w.contains("pattern"))
        .singleElement()
        .asString()
        .contains(
            "page 1", "staff_fte", "25,7 ETPT", "a count is a whole number", "unit: quantity");

    FigureMatcher.Reading asQuantity =
        new FigureMatcher(
                new CatalogLoader().load(yaml.formatted("quantity").getBytes(), "quantity"))
            .read(report, 2031);
    assertThat(asQuantity.warnings()).noneMatch(w -> w.contains("pattern"));
    assertThat(asQuantity.figures())
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("25.7"));
  }

  @Test
  void datesTheCalloutsOfAStateOfPlayByTheHeading() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(60, 50, 28, "ÉTAT DES LIEUX AU 1ER JANVIER 2031")
            .text(80, 200, 60, "41")
            .text(380, 200, 60, "260")
            .text(700, 200, 60, "33")
            .text(60, 230, 16, "investigations en cours")
            .text(360, 230, 16, "services en cours d'accompagnement")
            .text(360, 248, 16, "ou pérennisés")
            .text(680, 230, 16, "services numériques")
            .text(680, 248, 16, "à impact national");
    assertThat(figures(pdf, 2030))
        .extracting(
            f -> f.metric().id(),
            f -> f.period().iso(),
            f -> f.value().intValue(),
            f -> f.provenance().method())
        .containsExactlyInAnyOrder(
            tuple("investigations_in_progress", "2031-01-01", 41, Method.CALLOUT),
            tuple("services_active", "2031-01-01", 260, Method.CALLOUT),
            tuple("national_impact_total", "2031-01-01", 33, Method.CALLOUT));
  }

  @Test
  void readsAPlfTableRowByRowWithPeriodAndKindFromTheHeaders() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(520, 90, 12, "Résultats")
            .text(520, 104, 12, "2029")
            .text(660, 90, 12, "Objectifs")
            .text(660, 104, 12, "PLF 2030")
            .text(800, 90, 12, "Résultats")
            .text(800, 104, 12, "2030")
            .text(30, 150, 12, "Nombre de nouveaux agents publics impliqués")
            .text(540, 158, 12, "190")
            .text(680, 158, 12, "230")
            .text(820, 158, 12, "241")
            .text(30, 166, 12, "dans l'approche beta.gouv.fr")
            .text(30, 210, 12, "Part des femmes dans les EIG")
            .text(540, 210, 12, "N/A")
            .text(680, 210, 12, "50%")
            .text(820, 210, 12, "17,4%");
    List<Figure> figures = figures(pdf, 2030);
    assertThat(figures)
        .extracting(
            f -> f.metric().id(),
            f -> f.period().iso(),
            Figure::kind,
            f -> f.value().toPlainString())
        .containsExactlyInAnyOrder(
            tuple("new_public_agents", "2029", Kind.ACTUAL, "190"),
            tuple("new_public_agents", "2030", Kind.TARGET, "230"),
            tuple("new_public_agents", "2030", Kind.ACTUAL, "241"),
            tuple("women_share_eig", "2030", Kind.TARGET, "50"),
            tuple("women_share_eig", "2030", Kind.ACTUAL, "17.4"));
    assertThat(figures)
        .allSatisfy(f -> assertThat(f.provenance().method()).isEqualTo(Method.TABLE));
  }

  @Test
  void tellsTwoMetricsOfOneSentenceApart() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(
                40,
                120,
                14,
                "68 intrapreneurs (dont 9 en 2023) ont reçu une certification « Concevoir un service public numérique ».");
    assertThat(figures(pdf, 2023))
        .extracting(f -> f.metric().id(), f -> f.period().iso(), f -> f.value().intValue())
        .containsExactlyInAnyOrder(
            tuple("certified_intrapreneurs_total", "2023", 68),
            tuple("certified_intrapreneurs_year", "2023", 9));
  }

  @Test
  void keepsTheHedgeAndTheDateOfASentence() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(
                40,
                120,
                14,
                "En 2029, la communauté a dépassé les 2 100 membres actifs. Comme en 2028,")
            .text(40, 138, 14, "35 % des membres sont des agents publics.");
    assertThat(figures(pdf, 2029))
        .extracting(
            f -> f.metric().id(),
            f -> f.period().iso(),
            f -> f.value().intValue(),
            Figure::qualifier)
        .containsExactlyInAnyOrder(
            tuple("active_members", "2029", 2100, Optional.of(Qualifier.MORE_THAN)),
            tuple("public_agents_share", "2029", 35, Optional.empty()));
  }

  @Test
  void takesARestatedBudgetInParenthesesWithItsOwnYearButNotTheOtherNumbers() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(60, 180, 28, "6 102 330 €")
            .text(380, 170, 16, "Total des ressources consacrées au programme beta.gouv.fr")
            .text(380, 187, 12, "(5,9M€ en 2029) soit 12 ETPT");
    assertThat(figures(pdf, 2030))
        .extracting(f -> f.metric().id(), f -> f.period().iso(), f -> f.value().toPlainString())
        .containsExactlyInAnyOrder(
            tuple("program_budget_eur", "2030", "6102330"),
            tuple("program_budget_eur", "2029", "5900000"));
  }

  @Test
  void ignoresChangesAndHiddenText() throws Exception {
    PdfBuilder pdf =
        new PdfBuilder()
            .text(
                40,
                120,
                14,
                "+ 140 membres actifs dans la communauté en 2029, +40% par rapport à fin 2028.")
            .text(40, 300, 20, "16 incubateurs partenaires")
            .rectangle(20, 270, 600, 50, java.awt.Color.BLUE);
    assertThat(figures(pdf, 2029)).isEmpty();
  }
}
