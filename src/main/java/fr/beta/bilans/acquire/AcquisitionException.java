package fr.beta.bilans.acquire;

/** An input could not be had or is not what the manifest says; the message says what to do. */
public final class AcquisitionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;

  public AcquisitionException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
