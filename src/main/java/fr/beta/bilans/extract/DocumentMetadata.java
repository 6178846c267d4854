package fr.beta.bilans.extract;

import java.util.Optional;

/**
 * What a PDF says about itself, and what was done to read it: {@code repair} says how a damaged
 * cross-reference table was worked around, when it was.
 */
public record DocumentMetadata(
    String mediaType,
    Optional<String> title,
    Optional<String> author,
    Optional<String> creator,
    Optional<String> producer,
    Optional<String> created,
    String pdfVersion,
    boolean encrypted,
    Optional<String> repair) {}
