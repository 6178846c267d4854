package fr.beta.bilans.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The version of bilans that is running, and a fingerprint of its code for the cache keys. */
public final class ToolVersion {

  private static volatile String fingerprint;

  private ToolVersion() {}

  public static String current() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /**
   * The version and a hash of the code that runs (the jar, or the compiled classes in development),
   * so that a cache entry made by other code is never reused.
   */
  public static String fingerprint() {
    String value = fingerprint;
    if (value == null) {
      value = current() + "+" + codeHash();
      fingerprint = value;
    }
    return value;
  }

  private static String codeHash() {
    try {
      Path code =
          Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(code)) {
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(code);
      }
      byte[] buffer = new byte[64 * 1024];
      for (Path file : files) {
        digest.update(
            code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code of bilans to fingerprint it", e);
    } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      throw new IllegalStateException("cannot fingerprint the code of bilans", e);
    }
  }
}
