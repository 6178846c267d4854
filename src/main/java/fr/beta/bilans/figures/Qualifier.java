package fr.beta.bilans.figures;

import java.util.Locale;

/** How the text hedges a number: "plus de 100" is {@code MORE_THAN} 100. */
public enum Qualifier {
  MORE_THAN, ABOUT, AT_LEAST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier fromId(String id) {
    for (Qualifier q : values()) {
      if (q.id().equals(id)) {
        return q;
      }
    }
    throw new IllegalArgumentException("unknown qualifier '" + id + "' (expected more_than, about or at_least)");
  }
}
