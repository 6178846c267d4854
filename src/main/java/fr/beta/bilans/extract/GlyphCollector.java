package fr.beta.bilans.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads one page's content stream and records each glyph with its position and graphics state, and
 * each filled shape or image with its bounds, all numbered in painting order.
 *
 * <p>PDFTextStripper is used for what it does well (glyph positions, font metrics, Unicode
 * mapping); its own text output is discarded. Path operators are tracked here because the stripper
 * ignores them, and they are needed to tell text that is painted over.
 */
final class GlyphCollector extends PDFTextStripper {

  private static final java.util.regex.Pattern BOLD_NAME =
      java.util.regex.Pattern.compile("bold|black|heavy", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final List<Glyph> glyphs = new ArrayList<>();
  private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();
  private final List<Paint> paints = new ArrayList<>();
  private final List<PlacedImage> images = new ArrayList<>();
  private int paintOrder;
  private double pageHeight;
  private double originX;
  private double originY;
  // The bounds of the path under construction, in top-left page coordinates; null when none.
  private double[] pathBounds;
  // The corners of the path under construction; a path with a curve is never a rectangle.
  private final List<double[]> pathPoints = new ArrayList<>();
  private boolean pathHasCurve;

  GlyphCollector() throws IOException {
    setSortByPosition(false);
    addOperator(new SetStrokingColorSpace());
    addOperator(new SetNonStrokingColorSpace());
    addOperator(new SetStrokingDeviceCMYKColor());
    addOperator(new SetNonStrokingDeviceCMYKColor());
    addOperator(new SetNonStrokingDeviceRGBColor());
    addOperator(new SetStrokingDeviceRGBColor());
    addOperator(new SetNonStrokingDeviceGrayColor());
    addOperator(new SetStrokingDeviceGrayColor());
    addOperator(new SetStrokingColor());
    addOperator(new SetStrokingColorN());
    addOperator(new SetNonStrokingColor());
    addOperator(new SetNonStrokingColorN());
  }

  /** Collects the content of page {@code number} (1-based) of {@code document}. */
  PageContent collect(PDDocument document, int number) throws IOException {
    glyphs.clear();
    paints.clear();
    images.clear();
    paintOrder = 0;
    clearPath();
    PDPage page = document.getPage(number - 1);
    PDRectangle crop = page.getCropBox();
    pageHeight = crop.getHeight();
    originX = crop.getLowerLeftX();
    originY = crop.getLowerLeftY();
    setStartPage(number);
    setEndPage(number);
    writeText(document, Writer.nullWriter());
    return new PageContent(number, crop.getWidth(), crop.getHeight(), glyphs, paints, images);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    PDGraphicsState state = getGraphicsState();
    double size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : text.getHeightDir();
    double height = Math.max(text.getHeightDir(), size * 0.7);
    Box box =
        new Box(
            text.getXDirAdj(),
            text.getYDirAdj() - height,
            Math.max(0, text.getWidthDirAdj()),
            height);
    Optional<String> hidden = Optional.empty();
    RenderingMode mode = state.getTextState().getRenderingMode();
    if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
      hidden = Optional.of("invisible rendering mode");
    } else if (state.getNonStrokeAlphaConstant() < 0.05) {
      hidden = Optional.of("fully transparent");
    }
    glyphs.add(
        new Glyph(
            text.getUnicode(),
            box,
            size,
            isBold(text.getFont()),
            ++paintOrder,
            rgb(state, false),
            hidden));
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    // A report past its time limit is interrupted: stop at the next operator, not at the page's
    // end (a content stream can hold millions of them).
    if (Thread.currentThread().isInterrupted()) {
      throw new java.io.InterruptedIOException("stopped: the report's time limit has passed");
    }
    switch (operator.getName()) {
      case "re" -> appendRectangle(operands);
      case "m", "l" -> appendPoints(operands, 2);
      case "c" -> {
        pathHasCurve = true;
        appendPoints(operands, 6);
      }
      case "v", "y" -> {
        pathHasCurve = true;
        appendPoints(operands, 4);
      }
      case "f", "F", "f*", "B", "B*", "b", "b*" -> fillPath();
      case "n", "S", "s" -> clearPath();
      case "Do" -> recordImage(operands);
      default -> {}
    }
    super.processOperator(operator, operands);
  }

  private void appendRectangle(List<COSBase> operands) {
    if (operands.size() < 4 || !allNumbers(operands, 4)) {
      return;
    }
    float x = number(operands, 0);
    float y = number(operands, 1);
    float w = number(operands, 2);
    float h = number(operands, 3);
    include(x, y);
    include(x + w, y + h);
    include(x + w, y);
    include(x, y + h);
  }

  private void appendPoints(List<COSBase> operands, int count) {
    if (operands.size() < count || !allNumbers(operands, count)) {
      return;
    }
    for (int i = 0; i + 1 < count; i += 2) {
      include(number(operands, i), number(operands, i + 1));
    }
  }

  private void include(float x, float y) {
    Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    double px = p.x - originX;
    double py = pageHeight - (p.y - originY);
    pathPoints.add(new double[] {px, py});
    if (pathBounds == null) {
      pathBounds = new double[] {px, py, px, py};
    } else {
      pathBounds[0] = Math.min(pathBounds[0], px);
      pathBounds[1] = Math.min(pathBounds[1], py);
      pathBounds[2] = Math.max(pathBounds[2], px);
      pathBounds[3] = Math.max(pathBounds[3], py);
    }
  }

  private void fillPath() {
    if (pathBounds != null) {
      PDGraphicsState state = getGraphicsState();
      Box box =
          new Box(
              pathBounds[0],
              pathBounds[1],
              pathBounds[2] - pathBounds[0],
              pathBounds[3] - pathBounds[1]);
      paints.add(
          new Paint(
              box,
              ++paintOrder,
              Paint.Kind.FILL,
              rgb(state, false),
              state.getSoftMask() == null ? state.getNonStrokeAlphaConstant() : 0.5,
              isRectangle()));
    }
    clearPath();
  }

  private void clearPath() {
    pathBounds = null;
    pathPoints.clear();
    pathHasCurve = false;
  }

  /** Whether the path is an axis-aligned rectangle: no curve, every point on a corner. */
  private boolean isRectangle() {
    if (pathHasCurve) {
      return false;
    }
    for (double[] p : pathPoints) {
      boolean onCornerX =
          Math.abs(p[0] - pathBounds[0]) < 0.5 || Math.abs(p[0] - pathBounds[2]) < 0.5;
      boolean onCornerY =
          Math.abs(p[1] - pathBounds[1]) < 0.5 || Math.abs(p[1] - pathBounds[3]) < 0.5;
      if (!onCornerX || !onCornerY) {
        return false;
      }
    }
    return true;
  }

  private void recordImage(List<COSBase> operands) throws IOException {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      return;
    }
    PDXObject xobject = getResources() == null ? null : getResources().getXObject(name);
    if (!(xobject instanceof PDImageXObject)) {
      return;
    }
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double[] xs = new double[4];
    double[] ys = new double[4];
    float[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (int i = 0; i < 4; i++) {
      Point2D.Float p = ctm.transformPoint(corners[i][0], corners[i][1]);
      xs[i] = p.x - originX;
      ys[i] = pageHeight - (p.y - originY);
    }
    double left = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
    double right = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
    double top = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
    double bottom = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
    Box box = new Box(left, top, right - left, bottom - top);
    paints.add(new Paint(box, ++paintOrder, Paint.Kind.IMAGE, OptionalInt.empty(), 1.0, true));
    // Upright and unflipped: the image's first pixel row is the top of its box.
    boolean upright =
        ctm.getShearX() == 0 && ctm.getShearY() == 0 && ctm.getScaleX() > 0 && ctm.getScaleY() > 0;
    PDImageXObject image = (PDImageXObject) xobject;
    if (upright && PlacedImage.worthReading(image, box)) {
      images.add(new PlacedImage(box, image));
    }
  }

  private static boolean allNumbers(List<COSBase> operands, int count) {
    for (int i = 0; i < count; i++) {
      if (!(operands.get(i) instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static float number(List<COSBase> operands, int index) {
    return ((COSNumber) operands.get(index)).floatValue();
  }

  private static OptionalInt rgb(PDGraphicsState state, boolean stroking) {
    var color = stroking ? state.getStrokingColor() : state.getNonStrokingColor();
    if (color == null
        || color.getColorSpace() == null
        || color.getColorSpace() instanceof org.apache.pdfbox.pdmodel.graphics.color.PDPattern) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(color.toRGB());
    } catch (IOException | RuntimeException e) {
      // An exotic colour space without a single colour: unknown, never "the same colour".
      return OptionalInt.empty();
    }
  }

  /**
   * Whether the font is bold, decided once per font: a page draws thousands of glyphs in a few
   * fonts.
   */
  private boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(font, GlyphCollector::looksBold);
  }

  private static boolean looksBold(PDFont font) {
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String name = font.getName();
    return name != null && BOLD_NAME.matcher(name).find();
  }
}
