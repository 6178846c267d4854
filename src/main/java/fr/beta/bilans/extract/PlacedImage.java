package fr.beta.bilans.extract;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image drawn upright on a page, large enough to hold a readable label: its box on the page (top
 * left origin, in points) and the image itself, decoded only when it is read.
 */
record PlacedImage(Box box, PDImageXObject image) {

  /** Narrower or lower than this (in pixels), an image holds no label worth reading. */
  static final int MIN_WIDTH = 200;

  static final int MIN_HEIGHT = 80;

  /** Drawn smaller than this on the page (in points), its labels would be unreadable to anyone. */
  static final double MIN_SHOWN_WIDTH = 120;

  static final double MIN_SHOWN_HEIGHT = 60;

  static boolean worthReading(PDImageXObject image, Box shown) {
    return image.getWidth() >= MIN_WIDTH
        && image.getHeight() >= MIN_HEIGHT
        && shown.width() >= MIN_SHOWN_WIDTH
        && shown.height() >= MIN_SHOWN_HEIGHT;
  }
}
