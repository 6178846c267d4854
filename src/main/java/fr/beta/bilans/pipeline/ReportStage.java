package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureMatcher;
import java.util.List;
import java.util.Optional;

/**
 * The work on one report, in two steps that are functions of their inputs: its PDF's bytes to an
 * extraction, then an extraction, its year and the catalog to figures and mentions. The cache wraps
 * each step as a decorator, so that the same steps run bare in a test or a cluster task.
 *
 * <p>Wired once in the composition root ({@link Pipeline}): {@code new
 * CachedExtraction(ReportStage.extraction(extractor), cache)} and {@code new CachedMatching(new
 * CatalogMatching(catalog), cache, catalog)}.
 */
final class ReportStage {

  private ReportStage() {}

  /** A report's PDF to what it shows; {@code fromCache} when an earlier run extracted it. */
  record Extracted(ExtractedReport report, boolean fromCache) {}

  /** Step one: the PDF's bytes to its extraction. */
  interface Extraction {
    Extracted extract(Acquired input) throws UnreadableReportException;
  }

  /** Step two: an extraction of a report of the given year to its figures and its mentions. */
  interface Matching {
    FigureMatcher.Reading read(ExtractedReport report, int year) throws CatalogException;
  }

  /** The extraction by PDFBox, Tabula and Tika. */
  static Extraction extraction(fr.beta.bilans.extract.ReportExtractor extractor) {
    return input -> new Extracted(extractor.extract(input.path(), input.sha256()), false);
  }

  /** The matching by the catalog, parsed on first use. */
  record CatalogMatching(CatalogOnDemand catalog) implements Matching {
    @Override
    public FigureMatcher.Reading read(ExtractedReport report, int year) throws CatalogException {
      return new FigureMatcher(catalog.get()).read(report, year);
    }
  }

  /** The extraction that an earlier run cached under the PDF's SHA-256, else the step's. */
  record CachedExtraction(Extraction inner, ReportCache cache) implements Extraction {
    @Override
    public Extracted extract(Acquired input) throws UnreadableReportException {
      Optional<ExtractedReport> cached = cache.extraction(input.sha256());
      if (cached.isPresent()) {
        return new Extracted(cached.get(), true);
      }
      Extracted extracted = inner.extract(input);
      cache.storeExtraction(extracted.report());
      return extracted;
    }
  }

  /**
   * The step's reading, with the figures that it stores under the PDF, the catalog and the year and
   * that a later run takes from there (the mentions, kept in memory only, come from the step).
   */
  record CachedMatching(Matching inner, ReportCache cache, CatalogOnDemand catalog)
      implements Matching {
    @Override
    public FigureMatcher.Reading read(ExtractedReport report, int year) throws CatalogException {
      String catalogSha256 = catalog.get().sha256();
      Optional<List<Figure>> cached = cache.figures(report.sha256(), catalogSha256, year);
      FigureMatcher.Reading reading = inner.read(report, year);
      if (cached.isPresent()) {
        return new FigureMatcher.Reading(cached.get(), reading.mentions());
      }
      cache.storeFigures(report.sha256(), catalogSha256, year, reading.figures());
      return reading;
    }
  }
}
