package fr.beta.bilans.cli;

import fr.beta.bilans.extract.UnreadableReportException;
import fr.beta.bilans.pipeline.SingleExtraction;
import fr.beta.bilans.publish.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bilans extract FILE}: the document JSON of one PDF, to look at what extraction sees. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Extracts one PDF and prints its document JSON: metadata, pages with text "
          + "blocks in reading order and their boxes, tables, hidden text.",
      "",
      "Example: ./bilans extract 'input-pdfs/Bilan 2023 beta.gouv.fr.pdf' -o /tmp/2023.json"
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "the PDF to extract")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the JSON here instead of standard output")
  private Optional<Path> output;

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Optional<String> problem = InputErrors.fileProblem(file);
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("bilans: " + problem.get());
      return ExitCodes.USAGE;
    }
    byte[] json;
    try {
      json = SingleExtraction.documentJson(file);
    } catch (UnreadableReportException e) {
      spec.commandLine().getErr().println("bilans: " + file + ": " + e.getMessage());
      return ExitCodes.PROBLEMS;
    }
    if (output.isPresent()) {
      AtomicFiles.write(output.get(), json);
    } else {
      spec.commandLine().getOut().print(new String(json, java.nio.charset.StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
