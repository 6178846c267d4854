package fr.beta.bilans.reconcile;

import java.nio.file.Path;
import java.util.List;

/** An {@code acknowledged.yaml} that cannot be used; lists every problem found. */
public final class InvalidAcknowledgementsException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidAcknowledgementsException(Path file, List<String> problems) {
    super(
        file
            + ": invalid acknowledgements, "
            + problems.size()
            + " problem(s):\n  "
            + String.join("\n  ", problems));
  }
}
