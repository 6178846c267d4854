package fr.beta.bilans.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines that a reader takes in together: a paragraph, a callout number with its label under it, a
 * title. Built from positions, not from the order of the text layer.
 */
public record TextBlock(List<TextLine> lines, Box box) {

  public TextBlock {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block has at least one line");
    }
  }

  static TextBlock of(List<TextLine> lines) {
    return new TextBlock(lines, Box.enclosing(lines.stream().map(TextLine::box).toList()));
  }

  /** The normalized text, one line per line of the block. */
  public String text() {
    return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
  }

  public String original() {
    return lines.stream().map(TextLine::original).collect(Collectors.joining("\n"));
  }

  /** Whether OCR read the block inside an image (all its words come from one reading). */
  public boolean fromOcr() {
    return lines.get(0).words().get(0).origin() == Word.Origin.OCR;
  }

  /** The least confidence of its words: 100 for the text layer. */
  public double confidence() {
    return lines.stream()
        .flatMap(l -> l.words().stream())
        .mapToDouble(Word::confidence)
        .min()
        .orElse(100);
  }

  public double maxFontSize() {
    return lines.stream().mapToDouble(TextLine::fontSize).max().orElseThrow();
  }
}
