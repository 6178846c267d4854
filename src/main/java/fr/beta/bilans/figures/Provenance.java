package fr.beta.bilans.figures;

import fr.beta.bilans.extract.Box;

/**
 * Where a figure was read: report file, 1-based page, box on the page, the words around it, and
 * how.
 */
public record Provenance(String report, int page, Box bbox, String text, Method method) {}
