package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.FigureMatcher;
import fr.beta.bilans.figures.Mention;
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
    List<Figure> figures(ExtractedReport report, int year) throws CatalogException;

    List<Mention> mentions(ExtractedReport report, int year) throws CatalogException;
  }

  /** The extraction by PDFBox, Tabula and Tika. */
  static Extraction extraction(fr.beta.bilans.extract.ReportExtractor extractor) {
    return input -> new Extracted(extractor.extract(input.path(), input.sha256()), false);
  }

  /** The matching by the catalog, parsed on first use. */
  record CatalogMatching(CatalogOnDemand catalog) implements Matching {
    @Override
    public List<Figure> figures(ExtractedReport report, int year) throws CatalogException {
      return new FigureMatcher(catalog.get()).match(report, year);
    }

    @Override
    public List<Mention> mentions(ExtractedReport report, int year) throws CatalogException {
      return new FigureMatcher(catalog.get()).mentions(report, year);
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
   * The figures that an earlier run cached under the PDF, the catalog and the year, else the
   * step's; the mentions, cheap to find again, are the step's.
   */
  record CachedMatching(Matching inner, ReportCache cache, CatalogOnDemand catalog)
      implements Matching {
    @Override
    public List<Figure> figures(ExtractedReport report, int year) throws CatalogException {
      String catalogSha256 = catalog.get().sha256();
      Optional<List<Figure>> cached = cache.figures(report.sha256(), catalogSha256, year);
      if (cached.isPresent()) {
        return cached.get();
      }
      List<Figure> figures = inner.figures(report, year);
      cache.storeFigures(report.sha256(), catalogSha256, year, figures);
      return figures;
    }

    @Override
    public List<Mention> mentions(ExtractedReport report, int year) throws CatalogException {
      return inner.mentions(report, year);
    }
  }
}
