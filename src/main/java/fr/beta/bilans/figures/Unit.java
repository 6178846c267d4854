package fr.beta.bilans.figures;

/** The unit of a key figure, as written in the outputs ({@code count}, {@code eur}, ...). */
public enum Unit {
  COUNT,
  EUR,
  PERCENT,
  SCORE;

  public String id() {
    return EnumIds.id(this);
  }

  public static Unit fromId(String id) {
    return EnumIds.fromId(Unit.class, "unit", id);
  }
}
