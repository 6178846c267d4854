package fr.beta.bilans.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bilans} command: wires the subcommands; the only place that calls {@code System.exit}.
 */
@Command(
    name = "bilans",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Turns the yearly beta.gouv.fr report PDFs into key figures with their provenance, and "
          + "reconciles them with the published Markdown summaries and with each other.",
      ""
    },
    subcommands = {
      RunCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 done and everything reconciled; 1 done with disagreements or failed "
          + "reports; 2 unusable invocation or configuration.",
      "",
      "Start with: ./bilans run --help"
    })
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "log what bilans does, step by step, on standard error")
  private boolean verbose;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is needed (run, extract, ...)");
  }

  public static void main(String[] args) {
    // The logging backend reads its level once, when the first logger is made: set it first.
    if (java.util.Arrays.asList(args).contains("-v")
        || java.util.Arrays.asList(args).contains("--verbose")) {
      System.setProperty("org.slf4j.simpleLogger.log.fr.beta.bilans", "debug");
    }
    System.exit(commandLine().execute(args));
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The command line with its exit-code conventions, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    // Whose fault, said once: an I/O error names the file and the system's reason; anything
    // else that reaches here is a bug of bilans, never the input's fault.
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof java.io.IOException io) {
            cmd.getErr().println("bilans: " + InputErrors.describe(io));
            return ExitCodes.USAGE;
          }
          boolean verbose = verbose(parsed);
          cmd.getErr()
              .println(
                  "bilans: internal error in bilans (please report): "
                      + e
                      + (verbose ? "" : " (-v shows where)"));
          if (verbose) {
            e.printStackTrace(cmd.getErr());
          }
          return ExitCodes.USAGE;
        });
    return commandLine;
  }
}
