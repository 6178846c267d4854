package fr.beta.bilans.extract;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the places of a report that a reconciliation shows as evidence: the region around a
 * figure's box, the box outlined, as a PNG sized for a screen. Each page is drawn once, and only
 * over the regions shown on it.
 */
public final class EvidenceRenderer {

  /**
   * A place to show: a page (1-based), the box to outline on it, and the box around it that must
   * stay in view (its label, its row and column headers).
   */
  public record Spot(int page, Box box, Box context) {}

  /** 1.25 × 72 dpi: a slide region is readable at its natural size on a screen, and small. */
  private static final float SCALE = 1.25f;

  private static final double MARGIN_X = 150;
  private static final double MARGIN_Y = 60;

  private final ExtractionLimits limits;

  /** With the limits the report was read with: its password, its memory bound. */
  public EvidenceRenderer(ExtractionLimits limits) {
    this.limits = limits;
  }

  /**
   * PNG bytes for each spot that could be rendered by the deadline ({@link System#nanoTime()}), in
   * the order given; the pages left when it passes are not drawn.
   */
  public Map<Spot, byte[]> render(Path pdf, List<Spot> spots, long deadline) throws IOException {
    Map<Integer, List<Spot>> byPage = new LinkedHashMap<>();
    for (Spot spot : spots) {
      List<Spot> onPage = byPage.computeIfAbsent(spot.page(), p -> new ArrayList<>());
      if (!onPage.contains(spot)) {
        onPage.add(spot);
      }
    }
    Map<Spot, byte[]> images = new LinkedHashMap<>();
    try (PDDocument document = PdfOpener.open(pdf, limits).document()) {
      PDFRenderer renderer = new PDFRenderer(document);
      // Photos are drawn far below their resolution here: decode them subsampled.
      renderer.setSubsamplingAllowed(true);
      for (Map.Entry<Integer, List<Spot>> page : byPage.entrySet()) {
        if (System.nanoTime() > deadline) {
          break;
        }
        if (page.getKey() < 1 || page.getKey() > document.getNumberOfPages()) {
          continue;
        }
        PDRectangle size = document.getPage(page.getKey() - 1).getCropBox();
        int width = Math.round(size.getWidth() * SCALE);
        int height = Math.round(size.getHeight() * SCALE);
        Rectangle union = null;
        for (Spot spot : page.getValue()) {
          Rectangle region = region(spot, width, height);
          union = union == null ? region : union.union(region);
        }
        BufferedImage drawn = draw(renderer, page.getKey() - 1, union);
        for (Spot spot : page.getValue()) {
          images.put(spot, png(outlined(drawn, union, region(spot, width, height), spot.box())));
        }
      }
    }
    return images;
  }

  /**
   * The region shown around a spot, in pixels of the page at {@link #SCALE}: a margin around the
   * box, widened to its context (a little margin around that too).
   */
  private static Rectangle region(Spot spot, int width, int height) {
    Rectangle around = region(spot.box(), MARGIN_X, MARGIN_Y, width, height);
    return around.union(region(spot.context(), 12, 8, width, height));
  }

  private static Rectangle region(Box box, double marginX, double marginY, int width, int height) {
    int x0 = clamp((box.x() - marginX) * SCALE, width);
    int y0 = clamp((box.y() - marginY) * SCALE, height);
    int x1 = clamp((box.right() + marginX) * SCALE, width);
    int y1 = clamp((box.bottom() + marginY) * SCALE, height);
    return new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  }

  /**
   * Draws the page into an image the size of {@code area}, shifted, so that what falls outside is
   * clipped before it is rasterized.
   */
  private static BufferedImage draw(PDFRenderer renderer, int pageIndex, Rectangle area)
      throws IOException {
    BufferedImage image = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, area.width, area.height);
      g.translate(-area.x, -area.y);
      renderer.renderPageToGraphics(pageIndex, g, SCALE);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The spot's region cut from the drawn area, its box outlined. */
  private static BufferedImage outlined(
      BufferedImage drawn, Rectangle area, Rectangle region, Box box) {
    BufferedImage image =
        new BufferedImage(region.width, region.height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.drawImage(
          drawn.getSubimage(region.x - area.x, region.y - area.y, region.width, region.height),
          0,
          0,
          null);
      g.setColor(new Color(230, 0, 60));
      g.setStroke(new BasicStroke(3f));
      g.drawRect(
          (int) (box.x() * SCALE) - region.x - 4,
          (int) (box.y() * SCALE) - region.y - 4,
          (int) (box.width() * SCALE) + 8,
          (int) (box.height() * SCALE) + 8);
    } finally {
      g.dispose();
    }
    return image;
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
