package fr.beta.bilans.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of words on one baseline with no wide gap in it: a line of a paragraph, a label, a table
 * cell, a callout number. Words far apart on the same baseline belong to different lines, which is
 * what keeps a slide's columns apart.
 */
public record TextLine(List<Word> words, Box box, double fontSize) {

  public TextLine {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
  }

  static TextLine of(List<Word> words) {
    Box box = Box.enclosing(words.stream().map(Word::box).toList());
    double size = words.stream().mapToDouble(Word::fontSize).max().orElseThrow();
    return new TextLine(words, box, size);
  }

  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  public String original() {
    return words.stream().map(Word::original).collect(Collectors.joining(" "));
  }
}
