package fr.beta.bilans.acquire;

/** The manifest cannot be used; the message names the file and every problem found. */
public final class InvalidManifestException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidManifestException(String message) {
    super(message);
  }
}
