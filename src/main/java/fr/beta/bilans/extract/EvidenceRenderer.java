package fr.beta.bilans.extract;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the places of a report that a reconciliation shows as evidence: the region around a
 * figure's box, the box outlined, as a PNG sized for a screen. Only the region is rasterized.
 */
public final class EvidenceRenderer {

  /** A place to show: a page (1-based) and the box to outline on it. */
  public record Spot(int page, Box box) {}

  /** 1.25 × 72 dpi: a slide region is readable at its natural size on a screen, and small. */
  private static final float SCALE = 1.25f;

  private static final double MARGIN_X = 150;
  private static final double MARGIN_Y = 60;

  /** PNG bytes for each spot that could be rendered, in the order given. */
  public Map<Spot, byte[]> render(Path pdf, List<Spot> spots) throws IOException {
    Map<Spot, byte[]> images = new LinkedHashMap<>();
    try (PDDocument document = PdfOpener.open(pdf, ExtractionLimits.DEFAULT).document()) {
      PDFRenderer renderer = new PDFRenderer(document);
      // Photos are drawn far below their resolution here: decode them subsampled.
      renderer.setSubsamplingAllowed(true);
      for (Spot spot : spots) {
        if (spot.page() < 1
            || spot.page() > document.getNumberOfPages()
            || images.containsKey(spot)) {
          continue;
        }
        PDRectangle page = document.getPage(spot.page() - 1).getCropBox();
        images.put(spot, png(region(renderer, spot, page.getWidth(), page.getHeight())));
      }
    }
    return images;
  }

  /**
   * Draws the page into an image the size of the region around the spot, shifted, so that what
   * falls outside is clipped before it is rasterized; then outlines the spot.
   */
  private static BufferedImage region(
      PDFRenderer renderer, Spot spot, float pageWidth, float pageHeight) throws IOException {
    Box box = spot.box();
    int width = Math.round(pageWidth * SCALE);
    int height = Math.round(pageHeight * SCALE);
    int x0 = clamp((box.x() - MARGIN_X) * SCALE, width);
    int y0 = clamp((box.y() - MARGIN_Y) * SCALE, height);
    int x1 = clamp((box.right() + MARGIN_X) * SCALE, width);
    int y1 = clamp((box.bottom() + MARGIN_Y) * SCALE, height);
    BufferedImage region =
        new BufferedImage(Math.max(1, x1 - x0), Math.max(1, y1 - y0), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = region.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, region.getWidth(), region.getHeight());
      g.translate(-x0, -y0);
      renderer.renderPageToGraphics(spot.page() - 1, g, SCALE);
      g.setColor(new Color(230, 0, 60));
      g.setStroke(new BasicStroke(3f));
      g.drawRect(
          (int) (box.x() * SCALE) - 4,
          (int) (box.y() * SCALE) - 4,
          (int) (box.width() * SCALE) + 8,
          (int) (box.height() * SCALE) + 8);
    } finally {
      g.dispose();
    }
    return region;
  }

  private static int clamp(double v, int max) {
    return (int) Math.max(0, Math.min(max, Math.round(v)));
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
