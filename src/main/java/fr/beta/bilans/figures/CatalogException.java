package fr.beta.bilans.figures;

import java.util.List;

/** A catalog that cannot be used; lists every problem with its path in the file. */
public final class CatalogException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CatalogException(String source, List<String> problems) {
    super(source + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
