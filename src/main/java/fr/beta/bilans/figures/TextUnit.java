package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Box;
import fr.beta.bilans.extract.TextBlock;
import fr.beta.bilans.extract.TextLine;
import fr.beta.bilans.extract.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of one or more blocks flattened to one line for matching, remembering which word each
 * character came from so that a match can be boxed on the page.
 */
final class TextUnit {

  private final StringBuilder text = new StringBuilder();
  private final List<int[]> spans = new ArrayList<>();
  private final List<Word> words = new ArrayList<>();
  private final TextLine firstLine;
  private final List<Integer> itemStarts = new ArrayList<>();
  private int ownLength;

  /** The text of {@code blocks}: the first is the unit's own, the others only label it. */
  TextUnit(List<TextBlock> blocks) {
    firstLine = blocks.get(0).lines().get(0);
    for (TextBlock block : blocks) {
      if (ownLength == 0 && block != blocks.get(0)) {
        ownLength = text.length();
      }
      for (TextLine line : block.lines()) {
        if (line != block.lines().get(0)
            && startsItem(line)
            && !isNumberAlone(block.lines().get(block.lines().indexOf(line) - 1))) {
          itemStarts.add(text.length());
        }
        for (Word word : line.words()) {
          if (text.length() > 0) {
            text.append(' ');
          }
          spans.add(new int[] {text.length(), text.length() + word.text().length()});
          words.add(word);
          text.append(word.text());
        }
      }
    }
  }

  String text() {
    return text.toString();
  }

  /**
   * The text with a clause break (";") where a line of a block starts a new item of a slide: a line
   * that opens with a capital, a digit or a bullet, not one that goes on with the sentence. Same
   * length as {@link #text()}, so that positions hold.
   */
  String clauseText() {
    StringBuilder marked = new StringBuilder(text);
    for (int start : itemStarts) {
      if (start > 0 && marked.charAt(start - 1) == ' ') {
        marked.setCharAt(start - 1, ';');
      }
    }
    return marked.toString();
  }

  /** A callout's number on a line of its own: the line after it is its label, not a new item. */
  private static boolean isNumberAlone(TextLine line) {
    return FrenchNumbers.parse(line.text()).isPresent();
  }

  private static boolean startsItem(TextLine line) {
    String first = line.words().get(0).text();
    int c = first.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "•●▪■-–—→*".indexOf(c) >= 0;
  }

  /**
   * Whether the characters from {@code start} are in the unit's own block, not in a label borrowed.
   */
  boolean isOwn(int start) {
    return ownLength == 0 || start < ownLength;
  }

  /**
   * Whether the characters fall in the first line of the unit and that line is nothing but a
   * number.
   */
  boolean isCallout(int start, int end) {
    String first = firstLine.text();
    return end <= first.length() && FrenchNumbers.parse(first).isPresent();
  }

  /** The box of the words that the characters {@code [start, end)} touch. */
  Optional<Box> box(int start, int end) {
    Box box = null;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (span[0] < end && start < span[1]) {
        box = box == null ? words.get(i).box() : box.union(words.get(i).box());
      }
    }
    return Optional.ofNullable(box);
  }

  /** Up to {@code reach} characters either side of the characters, cut at word boundaries. */
  String around(int start, int end, int reach) {
    String s = text.toString();
    int from = Math.max(0, start - reach);
    int to = Math.min(s.length(), end + reach);
    while (from > 0 && s.charAt(from - 1) != ' ') {
      from--;
    }
    while (to < s.length() && s.charAt(to) != ' ') {
      to++;
    }
    return s.substring(from, to).strip();
  }
}
