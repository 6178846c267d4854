package fr.beta.bilans.spark;

import fr.beta.bilans.extract.ExtractionLimits;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogSource;
import fr.beta.bilans.ocr.OcrService;
import fr.beta.bilans.pipeline.ReportTask;
import fr.beta.bilans.pipeline.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What an executor builds once and its tasks share: the catalog parsed from the broadcast bytes (as
 * costly as a report to parse), and the OCR service with its cache of tesseract's readings. Kept
 * for the life of the executor's JVM, rebuilt only for other settings (another job in the same
 * JVM).
 */
final class ExecutorResources {

  /**
   * The task of this executor, and the fingerprint of the extractions it makes: the code's and,
   * with OCR, this executor's tesseract's.
   */
  record Executor(ReportTask task, String extractionFingerprint) {}

  /** This executor cannot read reports as asked: every report it is given fails, and is retried. */
  static final class UnfitException extends Exception {
    private static final long serialVersionUID = 1L;

    UnfitException(String message) {
      super(message);
    }
  }

  private static String settings;
  private static Executor executor;

  private ExecutorResources() {}

  static synchronized Executor executor(JobSettings wanted) throws UnfitException {
    if (executor == null || !wanted.key().equals(settings)) {
      Optional<OcrService> ocr = Optional.empty();
      if (wanted.ocr()) {
        Path folder =
            wanted.ocrCache().isEmpty() ? RunOptions.defaultOcrCache() : Path.of(wanted.ocrCache());
        ocr = OcrService.start(folder, false);
        if (ocr.isEmpty()) {
          throw new UnfitException(
              "tesseract cannot be run on this executor: install tesseract-ocr and"
                  + " tesseract-ocr-fra on every executor, or run the job with --no-ocr");
        }
      }
      try {
        executor =
            new Executor(
                new ReportTask(
                    CatalogSource.of(wanted.catalogName(), wanted.catalogBytes()).load(),
                    ExtractionLimits.DEFAULT,
                    ocr,
                    Duration.ofSeconds(wanted.timeoutSeconds())),
                wanted.codeFingerprint()
                    + "|"
                    + ocr.map(OcrService::fingerprint).orElse("ocr off"));
      } catch (CatalogException e) {
        throw new UnfitException("the catalog cannot be loaded: " + e.getMessage());
      }
      settings = wanted.key();
    }
    return executor;
  }
}
