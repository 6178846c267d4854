package fr.beta.bilans.cli;

import java.nio.file.Path;

/**
 * Where the default inputs and outputs are: relative to the bilans folder (set by the launcher as
 * {@code -Dbilans.home}), so that a scheduled run works from any working directory.
 */
final class Defaults {

  private Defaults() {}

  static Path home() {
    return Path.of(System.getProperty("bilans.home", ".")).toAbsolutePath().normalize();
  }

  static Path corpus() {
    String fromEnv = System.getenv("BILANS_CORPUS");
    return fromEnv != null && !fromEnv.isBlank()
        ? Path.of(fromEnv)
        : home().resolveSibling("shared").resolve("corpus");
  }
}
