package fr.beta.bilans.extract;

/**
 * A word as shown on the page: {@code text} normalized (see {@link
 * fr.beta.bilans.text.TextNormalizer}), {@code original} exactly as the text layer gives it.
 */
public record Word(String text, String original, Box box, double fontSize, boolean bold) {}
