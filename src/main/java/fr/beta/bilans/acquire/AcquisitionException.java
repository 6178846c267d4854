package fr.beta.bilans.acquire;

/** An input could not be had or is not what the manifest says; the message says what to do. */
public final class AcquisitionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  public AcquisitionException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** What is wrong and what to do, without the file name. */
  public String reason() {
    return reason;
  }
}
