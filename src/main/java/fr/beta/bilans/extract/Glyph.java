package fr.beta.bilans.extract;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One character shown on a page, as drawn: its text, box, font, the order in which the content
 * stream painted it and, when it cannot be seen, why.
 */
record Glyph(
    String text,
    Box box,
    double fontSize,
    boolean bold,
    int paintOrder,
    OptionalInt rgb,
    Optional<String> hiddenBecause) {

  Glyph hidden(String reason) {
    return new Glyph(text, box, fontSize, bold, paintOrder, rgb, Optional.of(reason));
  }

  boolean isSpace() {
    return text.isBlank();
  }

  double baseline() {
    return box.bottom();
  }
}
