package fr.beta.bilans.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a run sorted for a person: those still open (with a note when an acknowledgement
 * of them no longer holds because their values changed), those acknowledged, the open ones the last
 * run did not have, and the acknowledgements that match nothing now.
 */
public record Problems(
    List<Problem> open,
    List<Problem> acknowledged,
    List<Problem> fresh,
    List<Acknowledgement> stale) {

  public Problems {
    open = List.copyOf(open);
    acknowledged = List.copyOf(acknowledged);
    fresh = List.copyOf(fresh);
    stale = List.copyOf(stale);
  }

  public static Problems judge(
      Reconciliation reconciliation, Acknowledgements acknowledgements, List<Problem> lastRun) {
    List<Problem> all = Problem.of(reconciliation);
    List<Problem> open = new ArrayList<>();
    List<Problem> known = new ArrayList<>();
    for (Problem p : all) {
      if (acknowledgements.of(p).isPresent()) {
        known.add(p);
      } else {
        open.add(
            acknowledgements
                .outdated(p)
                .map(
                    a ->
                        new Problem(
                            p.id(),
                            p.values(),
                            p.text()
                                + " (acknowledged by "
                                + a.by()
                                + " on "
                                + a.on()
                                + " with the values "
                                + a.values()
                                + ", now "
                                + p.values()
                                + ")"))
                .orElse(p));
      }
    }
    List<Problem> fresh =
        open.stream()
            .filter(p -> lastRun.stream().noneMatch(q -> p.sameAs(q.id(), q.values())))
            .toList();
    return new Problems(open, known, fresh, acknowledgements.unused(all));
  }
}
