package fr.beta.bilans.extract;

/** Text present in the text layer that a reader of the page cannot see, and why. */
public record HiddenText(String text, Box box, String reason) {}
