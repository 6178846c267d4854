package fr.beta.bilans.extract;

import fr.beta.bilans.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the glyphs of a page into words, lines and blocks by position.
 *
 * <p>Thresholds are relative to the font size, so that a 60 pt callout number and the 12 pt label
 * under it are grouped by the same rules as two lines of body text.
 */
final class LayoutBuilder {

  /** A gap wider than this (in ems) between two glyphs on a baseline starts a new word. */
  private static final double WORD_GAP = 0.18;

  /** A gap wider than this (in ems) between two words on a baseline starts a new line. */
  private static final double COLUMN_GAP = 1.0;

  /** Baselines closer than this (in ems) are one line. */
  private static final double BASELINE_TOLERANCE = 0.35;

  /** A line joins the block above it when the vertical gap is at most this (in ems). */
  private static final double BLOCK_GAP = 1.0;

  /** ... or at most this (in ems of the larger font), for a label under a large number. */
  private static final double CALLOUT_GAP = 0.35;

  record Layout(List<TextLine> lines, List<TextBlock> blocks, List<HiddenText> hidden) {}

  Layout build(List<Glyph> glyphs) {
    List<Glyph> visible = glyphs.stream().filter(g -> g.hiddenBecause().isEmpty()).toList();
    List<TextLine> lines = lines(words(visible));
    return new Layout(lines, blocks(lines), hidden(glyphs));
  }

  /** Lines and blocks of words read otherwise than from glyphs (by OCR, inside an image). */
  List<TextBlock> blocksOf(List<Word> words) {
    return words.isEmpty() ? List.of() : blocks(lines(words));
  }

  private List<HiddenText> hidden(List<Glyph> glyphs) {
    Map<String, List<Glyph>> byReason = new LinkedHashMap<>();
    for (Glyph glyph : glyphs) {
      glyph
          .hiddenBecause()
          .ifPresent(reason -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(glyph));
    }
    List<HiddenText> hidden = new ArrayList<>();
    byReason.forEach(
        (reason, list) -> {
          for (TextLine line : lines(words(list))) {
            hidden.add(new HiddenText(line.text(), line.box().rounded(), reason));
          }
        });
    return hidden;
  }

  /** A footnote marker is drawn at most this share of the word's size, or raised by this share. */
  private static final double MARKER_SIZE = 0.7;

  private static final double MARKER_RISE = 0.25;

  /** Groups glyphs, in content order, into words. */
  private static List<Word> words(List<Glyph> glyphs) {
    List<Word> words = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    for (Glyph glyph : glyphs) {
      if (glyph.isSpace()) {
        flush(current, words);
        continue;
      }
      if (!current.isEmpty()) {
        Glyph last = current.get(current.size() - 1);
        double em = Math.max(last.fontSize(), glyph.fontSize());
        double gap = glyph.box().x() - last.box().right();
        boolean sameBaseline = Math.abs(glyph.baseline() - last.baseline()) <= 0.3 * em;
        if (!sameBaseline || gap > WORD_GAP * em || gap < -0.5 * em) {
          flush(current, words);
        }
      }
      current.add(glyph);
    }
    flush(current, words);
    return words;
  }

  private static void flush(List<Glyph> glyphs, List<Word> words) {
    if (glyphs.isEmpty()) {
      return;
    }
    StringBuilder original = new StringBuilder();
    for (Glyph glyph : glyphs) {
      original.append(glyph.text());
    }
    Box box = Box.enclosing(glyphs.stream().map(Glyph::box).toList());
    double size = glyphs.stream().mapToDouble(Glyph::fontSize).max().orElseThrow();
    long bold = glyphs.stream().filter(Glyph::bold).count();
    StringBuilder shown = new StringBuilder();
    int marker = footnoteMarkerStart(glyphs, size);
    for (int i = 0; i < marker; i++) {
      shown.append(glyphs.get(i).text());
    }
    String text = TextNormalizer.normalize(shown.toString()).strip();
    if (!text.isEmpty()) {
      words.add(new Word(text, original.toString(), box.rounded(), size, bold * 2 > glyphs.size()));
    }
    glyphs.clear();
  }

  /**
   * Where a footnote marker at the end of a word starts ("248¹", "membres²", "2024*" drawn smaller
   * or raised): the marker is kept in the word's original text, not in its normalized text, so that
   * it is never read as digits of the number ("2481"). The word's length when it has none.
   */
  private static int footnoteMarkerStart(List<Glyph> glyphs, double size) {
    int start = glyphs.size();
    while (start > 1 && isMarker(glyphs.get(start - 1), size, glyphs.get(0))) {
      start--;
    }
    return start == glyphs.size() || start == 0 ? glyphs.size() : start;
  }

  private static boolean isMarker(Glyph glyph, double size, Glyph first) {
    String t = glyph.text();
    if (t.isEmpty()) {
      return false;
    }
    int c = t.codePointAt(0);
    boolean superscript = "¹²³⁰⁴⁵⁶⁷⁸⁹*".indexOf(c) >= 0;
    boolean digit = Character.isDigit(c) || c == '*';
    boolean small = glyph.fontSize() <= MARKER_SIZE * size;
    boolean raised = first.baseline() - glyph.baseline() >= MARKER_RISE * size;
    return superscript || digit && (small || raised);
  }

  /** Groups words into lines by baseline, then splits lines at wide gaps. */
  private static List<TextLine> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble((Word w) -> w.box().bottom()));
    List<List<Word>> rows = new ArrayList<>();
    List<Word> row = new ArrayList<>();
    double rowBaseline = 0;
    double rowSize = 0;
    for (Word word : sorted) {
      boolean joins =
          !row.isEmpty()
              && Math.abs(word.box().bottom() - rowBaseline)
                  <= BASELINE_TOLERANCE * Math.min(rowSize, word.fontSize());
      if (!row.isEmpty() && !joins) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowBaseline = word.box().bottom();
        rowSize = word.fontSize();
      }
      row.add(word);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    List<TextLine> lines = new ArrayList<>();
    for (List<Word> r : rows) {
      r.sort(Comparator.comparingDouble((Word w) -> w.box().x()));
      List<Word> segment = new ArrayList<>();
      for (Word word : r) {
        if (!segment.isEmpty()) {
          Word last = segment.get(segment.size() - 1);
          double em = Math.max(last.fontSize(), word.fontSize());
          if (word.box().x() - last.box().right() > COLUMN_GAP * em) {
            lines.add(TextLine.of(segment));
            segment = new ArrayList<>();
          }
        }
        segment.add(word);
      }
      lines.add(TextLine.of(segment));
    }
    lines.sort(READING_ORDER);
    return lines;
  }

  private static final Comparator<TextLine> READING_ORDER =
      Comparator.comparingDouble((TextLine l) -> l.box().y()).thenComparingDouble(l -> l.box().x());

  /** Stacks lines into blocks: a line joins the block whose last line sits just above it. */
  private static List<TextBlock> blocks(List<TextLine> lines) {
    List<List<TextLine>> blocks = new ArrayList<>();
    for (TextLine line : lines) {
      List<TextLine> best = null;
      double bestOverlap = 0;
      for (List<TextLine> block : blocks) {
        TextLine last = block.get(block.size() - 1);
        double em = Math.min(last.fontSize(), line.fontSize());
        double gap = line.box().y() - last.box().bottom();
        // Under a big callout number, the gap to its label scales with the number, not the label.
        double reach =
            Math.max(BLOCK_GAP * em, CALLOUT_GAP * Math.max(last.fontSize(), line.fontSize()));
        if (gap < -0.3 * em || gap > reach) {
          continue;
        }
        double overlap = last.box().horizontalOverlap(line.box());
        double narrower = Math.min(last.box().width(), line.box().width());
        if (overlap >= 0.3 * narrower && overlap > bestOverlap) {
          best = block;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        blocks.add(best);
      }
      best.add(line);
    }
    List<TextBlock> result = new ArrayList<>();
    for (List<TextLine> block : blocks) {
      result.add(TextBlock.of(block));
    }
    result.sort(
        Comparator.comparingDouble((TextBlock b) -> b.box().y())
            .thenComparingDouble(b -> b.box().x()));
    return result;
  }
}
