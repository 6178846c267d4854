package fr.beta.bilans.figures;

import java.util.Locale;

/** The unit of a key figure, as written in the outputs ({@code count}, {@code eur}, ...). */
public enum Unit {
  COUNT, EUR, PERCENT, SCORE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Unit fromId(String id) {
    for (Unit unit : values()) {
      if (unit.id().equals(id)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unknown unit '" + id + "' (expected count, eur, percent or score)");
  }
}
