package fr.beta.bilans.extract;

/**
 * The file cannot be read as a report; the message says why, in words for the person running the
 * batch.
 */
public final class UnreadableReportException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableReportException(String message) {
    super(message);
  }

  public UnreadableReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
