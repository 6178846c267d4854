package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.FigureMatcher;
import java.util.Optional;

/**
 * The work on one report, in two steps that are functions of their inputs: its PDF's bytes to an
 * extraction, then an extraction, its year and the catalog to figures and mentions. The cache wraps
 * the costly step, the extraction, as a decorator, so that the same steps run bare in a test or a
 * cluster task.
 *
 * <p>Wired once in the composition root ({@link Pipeline}): {@code new
 * CachedExtraction(ReportStage.extraction(extractor), cache)} and {@code new
 * CatalogMatching(catalog)}.
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
    ReportTask.Matched read(ExtractedReport report, ReportYear year) throws CatalogException;
  }

  /** The extraction by PDFBox, Tabula and Tika. */
  static Extraction extraction(fr.beta.bilans.extract.ReportExtractor extractor) {
    return input -> new Extracted(extractor.extract(input.path(), input.sha256()), false);
  }

  /** The matching by the catalog, parsed on first use. */
  record CatalogMatching(CatalogOnDemand catalog, java.util.Optional<String> language)
      implements Matching {

    /** Each report read in the language its words tell. */
    CatalogMatching(CatalogOnDemand catalog) {
      this(catalog, java.util.Optional.empty());
    }

    @Override
    public ReportTask.Matched read(ExtractedReport report, ReportYear year)
        throws CatalogException {
      return ReportTask.read(report, year, new FigureMatcher(catalog.get()), language);
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
}
