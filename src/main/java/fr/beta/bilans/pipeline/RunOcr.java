package fr.beta.bilans.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.beta.bilans.ocr.OcrService;
import fr.beta.bilans.publish.Json;
import java.util.Optional;

/**
 * The OCR of one run: asked for or not ({@code --no-ocr}), and when asked, whether tesseract could
 * be run. A run without tesseract goes on with the text layer alone and says so.
 */
final class RunOcr {

  private final boolean asked;
  private final Optional<OcrService> service;

  private RunOcr(boolean asked, Optional<OcrService> service) {
    this.asked = asked;
    this.service = service;
  }

  static RunOcr start(RunOptions options) {
    return new RunOcr(
        options.ocrCache().isPresent(),
        options.ocrCache().flatMap(cache -> OcrService.start(cache, options.force())));
  }

  Optional<OcrService> service() {
    return service;
  }

  /** What decides the extractions and outputs: off, asked but missing, or the engine's settings. */
  String fingerprint() {
    return service.map(OcrService::fingerprint).orElse(asked ? "ocr unavailable" : "ocr off");
  }

  Optional<String> warning() {
    return asked && service.isEmpty()
        ? Optional.of(
            "tesseract cannot be run (install the Debian packages tesseract-ocr and"
                + " tesseract-ocr-fra): the text inside images was not read, only the text layer"
                + " (--no-ocr silences this)")
        : Optional.empty();
  }

  ObjectNode json() {
    ObjectNode node = Json.object();
    node.put("enabled", service.isPresent());
    service.ifPresent(
        s -> {
          node.put("engine", s.version());
          node.put("images_read", s.imagesRead());
          node.put("images_from_cache", s.imagesReused());
          node.put("seconds", Math.round(s.seconds() * 10) / 10.0);
        });
    return node;
  }
}
