package fr.beta.bilans.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds where one report states the same metric, period and kind with two different values. */
public final class FigureConflicts {

  private FigureConflicts() {}

  /** The keys {@code report|metric|period|kind} stated with more than one value. */
  public static Set<String> of(List<Figure> figures) {
    Map<String, Set<BigDecimal>> values = new HashMap<>();
    for (Figure f : figures) {
      values
          .computeIfAbsent(f.provenance().report() + "|" + f.key(), k -> new HashSet<>())
          .add(f.value().stripTrailingZeros());
    }
    Set<String> conflicts = new HashSet<>();
    values.forEach(
        (key, set) -> {
          if (set.size() > 1) {
            conflicts.add(key);
          }
        });
    return Set.copyOf(conflicts);
  }
}
