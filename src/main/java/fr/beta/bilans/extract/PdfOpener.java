package fr.beta.bilans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessBufferedFileInputStream;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF with PDFBox's strict parser first, and with its lenient parser (which repairs a
 * damaged file by scanning it for objects) only when the strict one refuses it. Besides telling
 * honestly which files needed repair, this spares the scan on sound files: a lenient parse scans
 * the whole file whenever a reference points at a missing object, and that scan was a third of the
 * extraction time on the corpus.
 */
final class PdfOpener {

  /** An open document, and what the strict parser objected to when it had to be repaired. */
  record Opened(PDDocument document, Optional<String> repair) {}

  private PdfOpener() {}

  static Opened open(Path file, ExtractionLimits limits) throws IOException {
    try {
      return new Opened(parse(file, limits, false), Optional.empty());
    } catch (InvalidPasswordException e) {
      throw e;
    } catch (IOException | RuntimeException strictFailure) {
      PDDocument repaired = parse(file, limits, true);
      return new Opened(
          repaired,
          Optional.of(
              "repaired: "
                  + describe(strictFailure)
                  + "; read with PDFBox's lenient parser, which rebuilds what it can"));
    }
  }

  private static PDDocument parse(Path file, ExtractionLimits limits, boolean lenient)
      throws IOException {
    RandomAccessBufferedFileInputStream source =
        new RandomAccessBufferedFileInputStream(file.toFile());
    ScratchFile scratch = new ScratchFile(MemoryUsageSetting.setupMixed(limits.memoryBytes()));
    try {
      PDFParser parser = new PDFParser(source, limits.password().orElse(""), null, null, scratch);
      parser.setLenient(lenient);
      parser.parse();
      return parser.getPDDocument();
    } catch (IOException | RuntimeException e) {
      scratch.close();
      source.close();
      throw e;
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank()
        ? failure.getClass().getSimpleName()
        : message.strip();
  }
}
