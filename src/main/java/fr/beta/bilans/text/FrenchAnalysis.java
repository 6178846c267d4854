package fr.beta.bilans.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns French text into the terms that say what it is about, with Lucene's analysis chain: elision
 * ("d'agents" → "agents"), lower case, accents folded, stop words dropped, light stemming
 * ("publics" and "publiques" → "public"), then a synonym map (each word of a group → the group's
 * first word). Numbers are not terms: they are what the terms describe.
 *
 * <p>Example: {@code analysis.terms("nouveaux agents publics embarqués")} → {@code [nouveau, agent,
 * public, embarque]}. Thread-safe: Lucene keeps one token stream per thread.
 */
public final class FrenchAnalysis {

  private static final int REMEMBERED = 4096;

  private final Analyzer analyzer;
  private final Map<String, String> synonyms;
  private final Map<String, List<String>> remembered =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A chain without synonyms. */
  public FrenchAnalysis() {
    this(List.of());
  }

  /** A chain where each word of a group stands for the group's first word. */
  public FrenchAnalysis(List<List<String>> synonymGroups) {
    this.analyzer = new Chain();
    Map<String, String> map = new java.util.HashMap<>();
    for (List<String> group : synonymGroups) {
      if (group.isEmpty()) {
        continue;
      }
      List<String> head = stems(group.get(0));
      if (head.size() != 1) {
        throw new IllegalArgumentException(
            "a synonym is one word: '" + group.get(0) + "' is " + head.size());
      }
      for (String word : group) {
        List<String> stems = stems(word);
        if (stems.size() != 1) {
          throw new IllegalArgumentException(
              "a synonym is one word (not a stop word): '" + word + "' gives " + stems);
        }
        map.putIfAbsent(stems.get(0), head.get(0));
      }
    }
    this.synonyms = Map.copyOf(map);
  }

  /**
   * The terms of {@code text}, in order, each replaced by its synonym group's head. The same text
   * comes back often (a page's title, a sentence with several numbers): its terms are remembered,
   * up to {@link #REMEMBERED} texts.
   */
  public List<String> terms(String text) {
    List<String> known = remembered.get(text);
    if (known != null) {
      return known;
    }
    List<String> terms = stems(text);
    terms.replaceAll(t -> synonyms.getOrDefault(t, t));
    List<String> result = List.copyOf(terms);
    if (remembered.size() >= REMEMBERED) {
      remembered.clear();
    }
    remembered.put(text, result);
    return result;
  }

  private List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String t = term.toString();
        if (t.chars().noneMatch(Character::isDigit)) {
          out.add(t);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out;
  }

  /** Tokenizer, elision, lower case, folding, stop words, light stemmer. */
  private static final class Chain extends Analyzer {
    private static final CharArraySet STOP_WORDS = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
      stream = new LowerCaseFilter(stream);
      stream = new ASCIIFoldingFilter(stream);
      stream = new StopFilter(stream, STOP_WORDS);
      stream = new FrenchLightStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet foldedStopWords() {
      CharArraySet set = new CharArraySet(200, true);
      for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
        String w = new String((char[]) word);
        set.add(
            java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT));
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }
}
