package fr.beta.bilans.extract;

import java.util.OptionalInt;

/**
 * Something other than text painted on a page (a filled shape or an image), with its place in the
 * painting order and its opacity, so that text painted under it or in its colour can be told apart.
 * Only rectangles (and images) are trusted to cover what their bounds cover: the bounds of a ring
 * or a rounded shape also hold the text drawn inside it.
 */
record Paint(
    Box box, int paintOrder, Kind kind, OptionalInt rgb, double alpha, boolean rectangular) {

  enum Kind {
    FILL,
    IMAGE
  }

  boolean opaque() {
    return alpha >= 0.99;
  }

  /**
   * Whether the paint shows enough to be what a reader sees under text: see-through shapes do not.
   */
  boolean shows() {
    return alpha >= 0.5;
  }
}
