package fr.beta.bilans.testing;

import static org.assertj.core.api.Assertions.fail;

import fr.beta.bilans.ocr.Tesseract;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's tesseract, for the tests that read images. Without it they are skipped, except in CI
 * ({@code CI=true}) where they fail: .ci/run installs it.
 */
public final class TesseractTool {

  private TesseractTool() {}

  public static void required() {
    if (!new Tesseract(Tesseract.SPARSE).available()) {
      String message =
          "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }
}
