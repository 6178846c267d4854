package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The words around one number of a text that say what it counts, cut by the grammar of the sentence
 * rather than by a window of characters: its {@code own} segment (its clause, up to the clause of
 * the next number), its {@code head} (the words right after it: in French the noun that a number
 * counts follows it, "154 agents publics"), its {@code lead} (its segment's words before it:
 * "l'objectif de" makes it a target), and its {@code antecedent} (the earlier clauses of its
 * sentence, where "dont 45 %", "soit 79 au total" or "12 d'entre eux" find their noun). {@code
 * whole} says that a part of the number follows it in parentheses ("79 intrapreneurs (dont 11 en
 * 2024)"): the number is then the whole, a stock of which the part is the latest flow. {@code
 * topic} is what the page is about (its title), for numbers of a report.
 */
public record NumberContext(
    String own, String lead, String head, String antecedent, String topic, boolean whole) {

  /** A context without a topic that states no part of the number. */
  public NumberContext(String own, String lead, String head, String antecedent) {
    this(own, lead, head, antecedent, "", false);
  }

  /** This context on a page whose title is {@code title}. */
  public NumberContext withTopic(String title) {
    return new NumberContext(own, lead, head, antecedent, title, whole);
  }

  private static final String SENTENCE_ENDS = ".!?";
  private static final String CLAUSE_ENDS = ",;:";
  private static final int HEAD_REACH = 45;
  private static final java.util.regex.Pattern PART =
      java.util.regex.Pattern.compile(
          "^[^(]{0,60}\\(\\s*dont\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The context of each number of {@code text}, given as {@code [start, end)} spans in order. */
  public static List<NumberContext> of(String text, List<int[]> numbers) {
    List<NumberContext> contexts = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      int start = numbers.get(i)[0];
      int end = numbers.get(i)[1];
      int open = openParenthesis(text, start);
      contexts.add(
          open >= 0
              ? inParentheses(text, open, start, end)
              : outside(text, numbers, i, start, end));
    }
    return contexts;
  }

  /**
   * A number of the running text: its own segment leaves out parentheses (what they hold is about
   * their own numbers) and ends where the next number outside them starts its clause.
   */
  private static NumberContext outside(
      String text, List<int[]> numbers, int i, int start, int end) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    int previous = -1;
    for (int j = i - 1; j >= 0 && previous < 0; j--) {
      if (openParenthesis(text, numbers.get(j)[0]) < 0) {
        previous = numbers.get(j)[1];
      }
    }
    int ownStart = Math.max(clauseStart(text, start, sentenceStart), previous);
    int ownEnd = Math.min(sentenceEnd, colonAfter(text, end));
    for (int j = i + 1; j < numbers.size(); j++) {
      int next = numbers.get(j)[0];
      if (next >= ownEnd) {
        break;
      }
      if (openParenthesis(text, next) < 0) {
        int nextClause = clauseStart(text, next, sentenceStart);
        ownEnd = nextClause > end ? nextClause : next;
        break;
      }
    }
    String own = withoutParentheses(text.substring(ownStart, ownEnd));
    String lead = withoutParentheses(text.substring(ownStart, start));
    String after = withoutParentheses(text.substring(end, ownEnd));
    String head = headOf(after);
    String antecedent =
        withoutParentheses(text.substring(sentenceStart, Math.max(sentenceStart, ownStart)));
    boolean whole = PART.matcher(text.substring(end, ownEnd)).find();
    return new NumberContext(own, lead, head, antecedent, "", whole);
  }

  /**
   * A number inside parentheses ("79 intrapreneurs (dont 11 en 2024) ont reçu ..."): its own
   * segment is what they hold, its antecedent the clause around them.
   */
  private static NumberContext inParentheses(String text, int open, int start, int end) {
    int close = text.indexOf(')', end);
    int inner = close < 0 ? text.length() : close;
    int sentenceStart = sentenceStart(text, open);
    int clauseEnd = sentenceEnd(text, inner);
    int itemStart = clauseStart(text, start, open + 1);
    int itemEnd = end;
    while (itemEnd < inner && CLAUSE_ENDS.indexOf(text.charAt(itemEnd)) < 0) {
      itemEnd++;
    }
    String own = text.substring(itemStart, itemEnd).strip();
    String lead = text.substring(itemStart, start).strip();
    String head = headOf(text.substring(end, itemEnd));
    // What comes before the parenthesis last: "dont" refers to the noun right before it.
    String around =
        (close < 0 ? "" : text.substring(Math.min(close + 1, clauseEnd), clauseEnd))
            + " "
            + text.substring(sentenceStart, open);
    return new NumberContext(own, lead, head, withoutParentheses(around), "", false);
  }

  /**
   * The words after the number up to the end of its clause, however many: where a term that rules a
   * metric out may stand ("931 fonctionnaires ont participé aux démos de Formulaires"), further
   * than the few words of {@code head}.
   */
  public String clauseAfter() {
    int at = head.isEmpty() ? -1 : own.indexOf(head, Math.min(lead.length(), own.length()));
    return at < 0 ? head : upToClauseEnd(own.substring(at));
  }

  /** The words after a number up to the end of its clause, a few words at the most. */
  private static String headOf(String after) {
    String clause = upToClauseEnd(after);
    return clause.substring(0, Math.min(clause.length(), HEAD_REACH));
  }

  private static String upToClauseEnd(String after) {
    int stop = after.length();
    for (int at = 0; at < after.length(); at++) {
      if (CLAUSE_ENDS.indexOf(after.charAt(at)) >= 0 && !insideNumber(after, at)) {
        stop = at;
        break;
      }
    }
    return after.substring(0, stop);
  }

  private static String withoutParentheses(String text) {
    return text.replaceAll("\\([^()]*\\)?", " ").replaceAll("\\s+", " ").strip();
  }

  /** Where the parenthesis that holds the position opens; -1 when it stands outside any. */
  private static int openParenthesis(String text, int position) {
    int open = text.lastIndexOf('(', position);
    return open >= 0 && text.lastIndexOf(')', position) < open ? open : -1;
  }

  /**
   * What follows a colon details the number ("9 services : une pérennisée, trois ..."); what
   * follows a semicolon is another item.
   */
  private static int colonAfter(String text, int from) {
    for (int at = from; at < text.length(); at++) {
      if (text.charAt(at) == ':' || text.charAt(at) == ';') {
        return at;
      }
    }
    return text.length();
  }

  /** Whether the number stands inside parentheses: a breakdown of what precedes them. */
  public static boolean inParentheses(String text, int start) {
    return openParenthesis(text, start) >= 0;
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
