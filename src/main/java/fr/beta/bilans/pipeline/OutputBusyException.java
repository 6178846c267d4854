package fr.beta.bilans.pipeline;

/** Another run holds the output folder; the message names it. */
public final class OutputBusyException extends Exception {

  private static final long serialVersionUID = 1L;

  public OutputBusyException(String message) {
    super(message);
  }
}
