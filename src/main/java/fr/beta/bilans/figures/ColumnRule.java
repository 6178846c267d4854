package fr.beta.bilans.figures;

import java.util.regex.Pattern;

/**
 * How a table column header gives period and kind: a pattern with a group {@code year} and maybe
 * {@code month} (a French month name), and the kind of its values ("Objectifs PLF 2024" → target
 * 2024).
 */
public record ColumnRule(Pattern pattern, Kind kind) {}
