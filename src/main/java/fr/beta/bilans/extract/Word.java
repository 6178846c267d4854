package fr.beta.bilans.extract;

/**
 * A word as shown on the page: {@code text} normalized (see {@link
 * fr.beta.bilans.text.TextNormalizer}), {@code original} exactly as the text layer gives it, or as
 * OCR read it inside an image ({@code origin}) with the engine's {@code confidence} (0 to 100; 100
 * for the text layer).
 */
public record Word(
    String text,
    String original,
    Box box,
    double fontSize,
    boolean bold,
    Origin origin,
    double confidence) {

  /** Where a word comes from. */
  public enum Origin {
    TEXT,
    OCR;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A word of the text layer. */
  public Word(String text, String original, Box box, double fontSize, boolean bold) {
    this(text, original, box, fontSize, bold, Origin.TEXT, 100);
  }
}
