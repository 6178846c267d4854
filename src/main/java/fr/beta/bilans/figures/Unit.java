package fr.beta.bilans.figures;

/**
 * The unit of a key figure, as written in the outputs ({@code count}, {@code eur}, ...). A {@code
 * count} is of whole things (people, products); a {@code quantity} is an amount that may have
 * decimals and shows no unit sign (full-time equivalents: "25,7 ETPT").
 */
public enum Unit {
  COUNT,
  QUANTITY,
  EUR,
  /**
   * An amount in a currency other than the euro ("$25.8 million"); its currency is not kept yet.
   */
  MONEY,
  PERCENT,
  SCORE;

  public String id() {
    return EnumIds.id(this);
  }

  public static Unit fromId(String id) {
    return EnumIds.fromId(Unit.class, "unit", id);
  }
}
