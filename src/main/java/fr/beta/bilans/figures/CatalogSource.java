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
    return shipped(CatalogLoader.DEFAULT_NAME)
        .orElseThrow(() -> new IllegalStateException("the default catalog is missing"));
  }

  /** A catalog shipped with bilans, by its name ({@code beta}, {@code cds}). */
  public static java.util.Optional<CatalogSource> shipped(String name) {
    if (!name.matches("[a-z0-9_-]+")) {
      return java.util.Optional.empty();
    }
    try (InputStream in =
        CatalogSource.class.getResourceAsStream(CatalogLoader.SHIPPED + name + ".yaml")) {
      return in == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(of("the shipped catalog '" + name + "'", in.readAllBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped catalog " + name, e);
    }
  }

  /** The names of the shipped catalogs. */
  public static List<String> shippedNames() {
    return List.of("beta", "cds");
  }

  /**
   * A catalog named on the command line: a shipped one by its name, else a file. An existing file
   * wins over a name.
   */
  public static CatalogSource named(String nameOrFile) throws CatalogException {
    Path file = Path.of(nameOrFile);
    if (Files.isRegularFile(file)) {
      return file(file);
    }
    return shipped(nameOrFile)
        .orElseThrow(
            () ->
                new CatalogException(
                    nameOrFile,
                    List.of(
                        "neither a file nor a shipped catalog (shipped: "
                            + String.join(", ", shippedNames())
                            + ")")));
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
