package fr.beta.bilans.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures that another figure of the same metric, period and kind contradicts, in the
 * same report or in another one of the run: values that do not meet even allowing for rounding
 * ("6,8 M€" meets "6 821 046 €"; 62 and 61 do not). The charts mark the same values in red.
 */
public final class FigureConflicts {

  private FigureConflicts() {}

  /** The figures some other figure of their metric, period and kind contradicts. */
  public static Set<Figure> of(List<Figure> figures) {
    Map<String, List<Figure>> byKey = new HashMap<>();
    for (Figure f : figures) {
      byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
    }
    Set<Figure> conflicts = new HashSet<>();
    byKey
        .values()
        .forEach(
            same -> {
              for (Figure a : same) {
                if (same.stream().anyMatch(b -> !Intervals.meet(a, b))) {
                  conflicts.add(a);
                }
              }
            });
    return Set.copyOf(conflicts);
  }
}
