package fr.beta.bilans.extract;

import fr.beta.bilans.ocr.ChartPoint;
import fr.beta.bilans.ocr.ImageReading;
import fr.beta.bilans.ocr.OcrService;
import fr.beta.bilans.ocr.OcrWord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The text inside a page's images, read by OCR and placed on the page through each image's box: its
 * words, as blocks like the text layer's (marked {@code ocr}, with their confidence), and its
 * charts. A word the text layer already shows at the same place is the text layer's.
 */
final class ImageText {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImageText.class);

  /** Below this confidence a word is mostly noise (a photograph's texture read as letters). */
  static final double MIN_CONFIDENCE = 60;

  /** A digit is about this share of its font size high. */
  private static final double HEIGHT_TO_SIZE = 1.4;

  record Read(List<TextBlock> blocks, List<Chart> charts) {}

  private final OcrService ocr;
  private final LayoutBuilder layout;

  ImageText(OcrService ocr, LayoutBuilder layout) {
    this.ocr = ocr;
    this.layout = layout;
  }

  /** An image drawn over this share of its page is the page itself: a scan. */
  private static final double WHOLE_PAGE = 0.8;

  Read read(
      List<PlacedImage> images, List<TextBlock> textLayer, double pageWidth, double pageHeight)
      throws IOException {
    List<Word> words = new ArrayList<>();
    List<Chart> charts = new ArrayList<>();
    for (PlacedImage placed : images) {
      ImageReading reading;
      try (InputStream in = placed.image().getCOSObject().createRawInputStream()) {
        boolean wholePage =
            placed.box().width() * placed.box().height() >= WHOLE_PAGE * pageWidth * pageHeight;
        reading = ocr.read(in.readAllBytes(), () -> placed.image().getImage(), wholePage);
      } catch (java.io.InterruptedIOException e) {
        throw e; // the report's time limit: stop
      } catch (IOException | RuntimeException e) {
        // One picture tesseract or the decoder cannot read costs its words, not the report.
        LOG.warn(
            "an image at {} could not be read by OCR: {}", placed.box().rounded(), e.toString());
        continue;
      }
      Placement at = new Placement(placed);
      for (OcrWord w : reading.words()) {
        Box box = at.box(w);
        if (w.confidence() >= MIN_CONFIDENCE && !shownByTextLayer(box, textLayer)) {
          words.add(
              new Word(
                  w.text(),
                  w.text(),
                  box.rounded(),
                  box.height() * HEIGHT_TO_SIZE,
                  false,
                  Word.Origin.OCR,
                  w.confidence()));
        }
      }
      if (!reading.chart().isEmpty()) {
        List<Chart.Point> points = new ArrayList<>();
        for (ChartPoint p : reading.chart()) {
          points.add(
              new Chart.Point(
                  p.year(), p.label().text(), at.box(p.label()).rounded(), p.label().confidence()));
        }
        charts.add(new Chart(placed.box().rounded(), points));
      }
    }
    return new Read(layout.blocksOf(words), charts);
  }

  private static boolean shownByTextLayer(Box box, List<TextBlock> textLayer) {
    for (TextBlock block : textLayer) {
      if (block.box().horizontalOverlap(box) > 0 && overlapsVertically(block.box(), box)) {
        for (TextLine line : block.lines()) {
          for (Word word : line.words()) {
            if (word.box().horizontalOverlap(box) > 0 && overlapsVertically(word.box(), box)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean overlapsVertically(Box a, Box b) {
    return a.y() < b.bottom() && b.y() < a.bottom();
  }

  /** From an image's pixels to the page's points. */
  private record Placement(double x, double y, double scaleX, double scaleY) {
    Placement(PlacedImage placed) {
      this(
          placed.box().x(),
          placed.box().y(),
          placed.box().width() / placed.image().getWidth(),
          placed.box().height() / placed.image().getHeight());
    }

    Box box(OcrWord w) {
      return new Box(
          x + w.x() * scaleX, y + w.y() * scaleY, w.width() * scaleX, w.height() * scaleY);
    }
  }
}
