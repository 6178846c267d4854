package fr.beta.bilans.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Decides which glyphs a reader of the page cannot see, beyond the invisible rendering mode that
 * the collector already flags: a glyph painted over by a later opaque shape, or painted in the
 * colour of the shape (or blank page) right under it.
 *
 * <p>The test is on the glyph's centre against the bounds of each shape, which over-approximates
 * round shapes; that errs on the side of hiding text a human could see, so only shapes that cover
 * the glyph centre by their bounds and are opaque count.
 */
final class VisibilityJudge {

  private static final int WHITE = 0xFFFFFF;
  private static final int SAME_COLOUR_TOLERANCE = 24;

  List<Glyph> judge(PageContent page) {
    // See-through shapes never hide nor colour anything: leave them out once, not per glyph.
    List<Paint> paints = page.paints().stream().filter(Paint::shows).toList();
    List<Glyph> judged = new ArrayList<>(page.glyphs().size());
    for (Glyph glyph : page.glyphs()) {
      judged.add(
          glyph.hiddenBecause().isPresent() || glyph.isSpace()
              ? glyph
              : judgeOne(glyph, page, paints));
    }
    return judged;
  }

  private Glyph judgeOne(Glyph glyph, PageContent page, List<Paint> paints) {
    double cx = glyph.box().centerX();
    double cy = glyph.box().centerY();
    if (cx < 0 || cy < 0 || cx > page.width() || cy > page.height()) {
      return glyph.hidden("outside the page");
    }
    Paint beneath = null;
    for (Paint paint : paints) {
      if (!paint.box().contains(cx, cy)) {
        continue;
      }
      if (paint.paintOrder() > glyph.paintOrder()) {
        if (paint.kind() == Paint.Kind.FILL
            && paint.opaque()
            && paint.rectangular()
            && covers(paint.box(), glyph.box())) {
          return glyph.hidden("painted over by a later shape");
        }
      } else if (beneath == null || paint.paintOrder() > beneath.paintOrder()) {
        beneath = paint;
      }
    }
    if (beneath == null) {
      return sameColour(glyph.rgb(), OptionalInt.of(WHITE))
          ? glyph.hidden("white text on the blank page")
          : glyph;
    }
    if (beneath.kind() == Paint.Kind.FILL
        && beneath.rectangular()
        && sameColour(glyph.rgb(), beneath.rgb())) {
      return glyph.hidden("same colour as the shape beneath");
    }
    return glyph;
  }

  private static boolean covers(Box shape, Box glyph) {
    return shape.horizontalOverlap(glyph) >= glyph.width() * 0.9
        && shape.verticalOverlap(glyph) >= glyph.height() * 0.9;
  }

  private static boolean sameColour(OptionalInt first, OptionalInt second) {
    if (first.isEmpty() || second.isEmpty()) {
      return false;
    }
    int a = first.getAsInt();
    int b = second.getAsInt();
    return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) <= SAME_COLOUR_TOLERANCE
        && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) <= SAME_COLOUR_TOLERANCE
        && Math.abs((a & 0xFF) - (b & 0xFF)) <= SAME_COLOUR_TOLERANCE;
  }
}
