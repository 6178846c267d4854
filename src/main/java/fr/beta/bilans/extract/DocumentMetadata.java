package fr.beta.bilans.extract;

import java.util.Optional;

/** What a PDF says about itself, and what was done to read it. */
public record DocumentMetadata(String mediaType, Optional<String> title, Optional<String> author,
    Optional<String> creator, Optional<String> producer, Optional<String> created, String pdfVersion,
    boolean encrypted) {}
