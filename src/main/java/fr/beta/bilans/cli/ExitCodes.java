package fr.beta.bilans.cli;

/** The exit codes that scheduled runs rely on (see the README). */
final class ExitCodes {
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
