package fr.beta.bilans.figures;

/** How the text hedges a number: "plus de 100" is {@code MORE_THAN} 100. */
public enum Qualifier {
  MORE_THAN,
  ABOUT,
  AT_LEAST;

  public String id() {
    return EnumIds.id(this);
  }

  public static Qualifier fromId(String id) {
    return EnumIds.fromId(Qualifier.class, "qualifier", id);
  }
}
