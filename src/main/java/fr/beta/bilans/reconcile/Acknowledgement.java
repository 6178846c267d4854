package fr.beta.bilans.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A known problem an analyst recorded in {@code acknowledged.yaml}: which one (its id), the values
 * it had then, why it is accepted, who decided it and when. It holds as long as the values stay.
 */
public record Acknowledgement(
    String problem, List<BigDecimal> values, String reason, String by, LocalDate on) {

  public Acknowledgement {
    values = List.copyOf(values);
  }

  public boolean covers(Problem p) {
    return p.sameAs(problem, values);
  }
}
