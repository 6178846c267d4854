package fr.beta.bilans.extract;

import java.util.List;

/** Everything drawn on one page that layout needs: glyphs and the other paints, in order. */
record PageContent(
    int number,
    double width,
    double height,
    List<Glyph> glyphs,
    List<Paint> paints,
    List<PlacedImage> images) {

  PageContent {
    glyphs = List.copyOf(glyphs);
    paints = List.copyOf(paints);
    images = List.copyOf(images);
  }
}
