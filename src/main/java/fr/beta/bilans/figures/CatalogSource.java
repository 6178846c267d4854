package fr.beta.bilans.figures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The bytes of a catalog and their SHA-256, read but not yet parsed: enough to tell whether an
 * earlier run already used (and so validated) the very same catalog.
 */
public record CatalogSource(String name, byte[] bytes, String sha256) {

  public static CatalogSource builtIn() {
    try (InputStream in = CatalogSource.class.getResourceAsStream(CatalogLoader.DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default catalog is missing from the application");
      }
      return of("default catalog", in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default catalog", e);
    }
  }

  public static CatalogSource file(Path file) throws CatalogException {
    try {
      return of(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CatalogException(file.toString(), List.of("cannot be read: " + e.getMessage()));
    }
  }

  public static CatalogSource of(String name, byte[] bytes) {
    try {
      return new CatalogSource(
          name,
          bytes.clone(),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** Parses and validates the catalog. */
  public Catalog load() throws CatalogException {
    return new CatalogLoader().load(bytes, name);
  }
}
