package fr.beta.bilans.cli;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilans catalog check [FILE]}: validates a catalog and says what it holds. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "Works with key-figure catalogs.",
    subcommands = CatalogCommand.Check.class)
final class CatalogCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Loads a catalog strictly and reports every problem with its place in the file; "
            + "without FILE, checks the built-in catalog.",
        "",
        "Example: ./bilans catalog check my-catalog.yaml"
      },
      footer = {"", "Exit codes: 0 valid; 2 invalid."})
  static final class Check implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "the catalog to check")
    private Optional<Path> file;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      try {
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog = file.isPresent() ? loader.load(file.get()) : loader.loadDefault();
        spec.commandLine()
            .getOut()
            .printf(
                "%s: valid, %d metrics, %d column rules, sha256 %s%n",
                file.map(Path::toString).orElse("built-in catalog"),
                catalog.metrics().size(),
                catalog.columns().size(),
                catalog.sha256());
        return ExitCodes.OK;
      } catch (CatalogException e) {
        spec.commandLine().getErr().println("bilans: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
  }
}
