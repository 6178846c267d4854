package fr.beta.bilans.cli;

import fr.beta.bilans.pipeline.ToolVersion;
import picocli.CommandLine;

/** Prints the tool version, from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"bilans " + ToolVersion.current()};
  }
}
