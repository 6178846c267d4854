package fr.beta.bilans.figures;

/** Whether a figure is a reported result or an objective. */
public enum Kind {
  ACTUAL,
  TARGET;

  public String id() {
    return EnumIds.id(this);
  }

  public static Kind fromId(String id) {
    return EnumIds.fromId(Kind.class, "kind", id);
  }
}
