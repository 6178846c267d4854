package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ReportExtractor;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.FigureMatcher;
import fr.beta.bilans.publish.DocumentJson;
import fr.beta.bilans.publish.Json;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code extract} use case: one PDF to its document JSON, no manifest, no cache. */
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
    return Json.bytes(
        DocumentJson.of(
            report,
            year.year(),
            year.source(),
            new FigureMatcher(catalog).mentions(report, year.year())));
  }
}
