package fr.beta.bilans.cli;

import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogLoader;
import fr.beta.bilans.figures.MetricDefinition;
import fr.beta.bilans.figures.MetricExplanation;
import fr.beta.bilans.pipeline.SingleExtraction;
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
    subcommands = {
      CatalogCommand.Check.class,
      CatalogCommand.Explain.class,
      CatalogCommand.Draft.class
    })
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

    @Parameters(
        paramLabel = "NAME|FILE",
        arity = "0..1",
        description = "the catalog to check: a shipped one by name (beta, cds) or a file")
    private Optional<Path> file;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      try {
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog =
            file.isPresent()
                ? fr.beta.bilans.figures.CatalogSource.named(file.get().toString()).load()
                : loader.loadDefault();
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

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      usageHelpAutoWidth = true,
      description = {
        "Shows what the matcher sees of one metric in one PDF, page by page: each number whose"
            + " words score for the metric, its score and the catalog terms found, and why it was"
            + " kept as a figure or dropped (unit, another metric scoring higher, its name not"
            + " right after the number, the clause's aspect, another value in its slot); the"
            + " figures that patterns and table rows state; the values the unit check refused.",
        "",
        "Example: ./bilans catalog explain services_active 'input-pdfs/Bilan 2024 beta.gouv.fr.pdf'"
      },
      footer = {
        "",
        "Exit codes: 0 explained; 2 unknown metric, invalid catalog or unreadable PDF."
      })
  static final class Explain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "METRIC", description = "the id of the metric")
    private String metric;

    @Parameters(index = "1", paramLabel = "FILE", description = "the report PDF")
    private Path pdf;

    @picocli.CommandLine.Option(
        names = "--catalog",
        paramLabel = "FILE",
        description = "the catalog to explain (default: the built-in one)")
    private Optional<Path> catalogFile;

    @picocli.CommandLine.Option(
        names = "--year",
        paramLabel = "YEAR",
        description = "the report's year (default: told by its title, cover page or file name)")
    private java.util.OptionalInt year = java.util.OptionalInt.empty();

    @Spec private CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      java.io.PrintWriter out = spec.commandLine().getOut();
      java.io.PrintWriter err = spec.commandLine().getErr();
      Optional<String> missing = InputErrors.fileProblem(pdf);
      if (missing.isPresent()) {
        err.println("bilans: " + missing.get());
        return ExitCodes.USAGE;
      }
      Catalog catalog;
      try {
        CatalogLoader loader = new CatalogLoader();
        catalog =
            catalogFile.isPresent()
                ? fr.beta.bilans.figures.CatalogSource.named(catalogFile.get().toString()).load()
                : loader.loadDefault();
      } catch (CatalogException e) {
        err.println("bilans: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Optional<MetricDefinition> definition =
          catalog.metrics().stream().filter(m -> m.id().id().equals(metric)).findFirst();
      if (definition.isEmpty()) {
        err.println(
            "bilans: no metric '"
                + metric
                + "' in the catalog (its metrics: "
                + catalog.metrics().stream()
                    .map(m -> m.id().id())
                    .collect(java.util.stream.Collectors.joining(", "))
                + ")");
        return ExitCodes.USAGE;
      }
      SingleExtraction.Explained explained;
      try {
        explained = SingleExtraction.explain(pdf, catalog, definition.get(), year);
      } catch (UnreadableReportException e) {
        err.println("bilans: " + pdf + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      MetricExplanation x = explained.explanation();
      out.printf(
          "%s (%s, %s, %s) in %s, report year %d (%s)%n",
          metric,
          definition.get().label(),
          definition.get().unit().id(),
          definition.get().temporality().name().toLowerCase(java.util.Locale.ROOT),
          pdf.getFileName(),
          explained.year().year(),
          explained.year().source());
      int page = -1;
      for (MetricExplanation.Line line : x.lines()) {
        if (line.page() != page) {
          page = line.page();
          out.printf("page %d%n", page);
        }
        out.printf(
            "  %-10s %s%n             %s%n             → %s%n",
            line.printed(), abbreviate(line.label()), line.detail(), line.verdict());
      }
      x.warnings().forEach(w -> out.println("warning: " + w));
      out.printf("%d figure(s) kept, %d number(s) considered%n", x.kept(), x.lines().size());
      out.flush();
      return ExitCodes.OK;
    }

    private static String abbreviate(String text) {
      String flat = text.replaceAll("\\s+", " ").strip();
      return flat.length() <= 100 ? "«" + flat + "»" : "«" + flat.substring(0, 99) + "…»";
    }
  }

  @Command(
      name = "draft",
      mixinStandardHelpOptions = true,
      usageHelpAutoWidth = true,
      description = {
        "Drafts a starter catalog from a report, to begin a new report family: one metric per"
            + " number whose following words say what it counts, with its id, label, unit and a"
            + " concept from those words, the page and sentence as a comment. Keep the key"
            + " figures, delete the rest, refine the concepts, then check it.",
        "",
        "Example: ./bilans catalog draft report.pdf -o family.yaml && ./bilans catalog check"
            + " family.yaml"
      },
      footer = {"", "Exit codes: 0 drafted; 2 unreadable PDF."})
  static final class Draft implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the report PDF")
    private Path pdf;

    @picocli.CommandLine.Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "write the draft here instead of standard output")
    private Optional<Path> output;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      java.io.PrintWriter err = spec.commandLine().getErr();
      Optional<String> missing = InputErrors.fileProblem(pdf);
      if (missing.isPresent()) {
        err.println("bilans: " + missing.get());
        return ExitCodes.USAGE;
      }
      String draft;
      try {
        draft = SingleExtraction.draft(pdf);
      } catch (UnreadableReportException e) {
        err.println("bilans: " + pdf + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (output.isPresent()) {
        fr.beta.bilans.publish.AtomicFiles.write(
            output.get(), draft.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      } else {
        spec.commandLine().getOut().print(draft);
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    }
  }
}
