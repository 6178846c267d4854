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

  /** The command line with its exit-code conventions, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("bilans: " + e.getMessage());
          return ExitCodes.USAGE;
        });
    return commandLine;
  }
}
