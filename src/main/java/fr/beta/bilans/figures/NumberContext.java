package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The words around one number of a text that say what it counts, cut by the grammar of the sentence
 * rather than by a window of characters: its {@code own} segment (its clause, up to the clause of
 * the next number), its {@code head} (the words right after it: in French the noun that a number
 * counts follows it, "154 agents publics"), its {@code lead} (its segment's words before it:
 * "l'objectif de" makes it a target), and its {@code antecedent} (the earlier clauses of its
 * sentence, where "dont 45 %", "soit 79 au total" or "12 d'entre eux" find their noun).
 */
public record NumberContext(String own, String lead, String head, String antecedent) {

  private static final String SENTENCE_ENDS = ".!?";
  private static final String CLAUSE_ENDS = ",;:";
  private static final int HEAD_REACH = 45;

  /** The context of each number of {@code text}, given as {@code [start, end)} spans in order. */
  public static List<NumberContext> of(String text, List<int[]> numbers) {
    List<NumberContext> contexts = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      int start = numbers.get(i)[0];
      int end = numbers.get(i)[1];
      int sentenceStart = sentenceStart(text, start);
      int sentenceEnd = sentenceEnd(text, end);
      int ownStart = Math.max(clauseStart(text, start, sentenceStart), previousEnd(numbers, i));
      int ownEnd = sentenceEnd;
      if (i + 1 < numbers.size() && numbers.get(i + 1)[0] < sentenceEnd) {
        int next = numbers.get(i + 1)[0];
        int nextClause = clauseStart(text, next, sentenceStart);
        ownEnd = nextClause > end ? nextClause : next;
      }
      String own = text.substring(ownStart, ownEnd).strip();
      String lead = text.substring(ownStart, start).strip();
      String head = text.substring(end, Math.min(ownEnd, end + HEAD_REACH));
      String antecedent = text.substring(sentenceStart, Math.max(sentenceStart, ownStart)).strip();
      contexts.add(new NumberContext(own, lead, head, antecedent));
    }
    return contexts;
  }

  private static int previousEnd(List<int[]> numbers, int i) {
    return i == 0 ? 0 : numbers.get(i - 1)[1];
  }

  private static int clauseStart(String text, int position, int floor) {
    for (int at = position - 1; at >= floor; at--) {
      if (CLAUSE_ENDS.indexOf(text.charAt(at)) >= 0 && !insideNumber(text, at)) {
        return at + 1;
      }
    }
    return floor;
  }

  private static int sentenceStart(String text, int position) {
    for (int at = position - 1; at > 0; at--) {
      if (endsSentence(text, at)) {
        return at + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int position) {
    for (int at = position; at < text.length(); at++) {
      if (endsSentence(text, at)) {
        return at;
      }
    }
    return text.length();
  }

  /** A full stop ends a sentence before a space or the end ("beta.gouv.fr" is one word). */
  private static boolean endsSentence(String text, int at) {
    return SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0
        && (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)));
  }

  /** A comma between digits is a decimal comma ("5,9 M€"), not the end of a clause. */
  private static boolean insideNumber(String text, int at) {
    return at > 0
        && at + 1 < text.length()
        && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1));
  }
}
