package fr.beta.bilans.figures;

import java.util.Locale;

/** Whether a figure is a reported result or an objective. */
public enum Kind {
  ACTUAL, TARGET;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind fromId(String id) {
    for (Kind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + id + "' (expected actual or target)");
  }
}
