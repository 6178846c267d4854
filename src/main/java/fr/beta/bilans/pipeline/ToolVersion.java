package fr.beta.bilans.pipeline;

/** The version of bilans that is running, as the build wrote it in the jar manifest. */
public final class ToolVersion {

  private ToolVersion() {}

  public static String current() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
