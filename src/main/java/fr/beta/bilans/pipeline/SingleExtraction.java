package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogDraft;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.FigureMatcher;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.MetricExplanation;
import fr.beta.bilans.publish.DocumentJson;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one-PDF use cases, no manifest, no cache: {@code extract} (its document JSON) and {@code
 * catalog explain} (what the matcher sees of one metric in it).
 */
public final class SingleExtraction {

  private SingleExtraction() {}

  public static byte[] documentJson(Path pdf) throws IOException, UnreadableReportException {
    ExtractedReport report = new ReportExtractor().extract(pdf, Checksums.sha256(pdf));
    ReportYear year = ReportYear.infer(report);
    Catalog catalog;
    try {
      catalog = new CatalogLoader().loadDefault();
    } catch (CatalogException e) {
      throw new IllegalStateException("the built-in catalog is invalid", e);
    }
    FigureMatcher.Reading reading = new FigureMatcher(catalog).read(report, year.year());
    return Json.bytes(
        DocumentJson.of(report, year.year(), year.source(), reading.mentions(), reading.locale()));
  }

  /** A metric explained on a report, and the report's year with how it was told. */
  public record Explained(MetricExplanation explanation, ReportYear year) {}

  public static Explained explain(
      Path pdf, Catalog catalog, MetricDefinition metric, java.util.OptionalInt year)
      throws IOException, UnreadableReportException {
    ExtractedReport report = new ReportExtractor().extract(pdf, Checksums.sha256(pdf));
    ReportYear told =
        year.isPresent() ? ReportYear.fromManifest(year.getAsInt()) : ReportYear.infer(report);
    return new Explained(MetricExplanation.of(catalog, metric, report, told.year()), told);
  }

  /** A starter catalog drafted from one report (see {@link CatalogDraft}). */
  public static String draft(Path pdf) throws IOException, UnreadableReportException {
    ExtractedReport report = new ReportExtractor().extract(pdf, Checksums.sha256(pdf));
    Catalog catalog;
    try {
      catalog = new CatalogLoader().loadDefault();
    } catch (CatalogException e) {
      throw new IllegalStateException("the built-in catalog is invalid", e);
    }
    return CatalogDraft.of(catalog, report, ReportYear.infer(report).year());
  }
}
