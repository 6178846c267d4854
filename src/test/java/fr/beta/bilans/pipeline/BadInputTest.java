package fr.beta.bilans.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.beta.bilans.cli.Main;
import fr.beta.bilans.testing.CorruptPdfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each kind of bad input, in a folder with a good report: the bad one fails with a message that
 * names the file and the problem, the good one is processed, the run exits 1.
 */
class BadInputTest {

  @TempDir Path dir;

  private Path input;
  private Path good;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void folderWithAGoodReport() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    good = CorruptPdfs.report(input.resolve("Bilan 2031.pdf"), 2031);
  }

  private int run(String... extra) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[4 + extra.length];
    args[0] = "run";
    args[1] = "--input=" + input;
    args[2] = "--output=" + dir.resolve("out");
    args[3] = "--quiet";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cli.execute(args);
  }

  private JsonNode report(String file) throws IOException {
    for (JsonNode r :
        new ObjectMapper().readTree(dir.resolve("out/run.json").toFile()).path("reports")) {
      if (r.path("file").asText().equals(file)) {
        return r;
      }
    }
    throw new AssertionError(file + " is not in run.json");
  }

  private void assertFailsAloneWith(String file, String problem) throws IOException {
    fr.beta.bilans.testing.Schemas.assertValid(dir.resolve("out/run.json"), "run");
    assertThat(err.toString()).contains(file + ": extract failed: " + problem);
    assertThat(report(file).path("outcome").asText()).isEqualTo("failed");
    assertThat(report(file).path("error").asText()).contains(problem);
    assertThat(report("Bilan 2031.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aPdfThatNeverEndsStopsAtItsTimeLimitWhileTheOtherReportFinishes() throws Exception {
    CorruptPdfs.endless(input.resolve("Bilan 2032 endless.pdf"), 30_000_000);
    long start = System.nanoTime();

    int exit = run("--timeout=3");

    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(exit).isEqualTo(1);
    assertFailsAloneWith("Bilan 2032 endless.pdf", "took longer than the limit of 3 s");
    assertThat(seconds).as("the run waits for the limit, not for the PDF").isLessThan(30);
    // The extraction really stopped: no report thread is left running.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (reportThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(reportThreads()).isZero();
  }

  private static long reportThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("bilans-report") && t.isAlive())
        .count();
  }

  @Test
  void anHtmlErrorPageSavedAsPdf() throws IOException {
    Files.writeString(
        input.resolve("Bilan 2030.pdf"),
        "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>");
    assertThat(run()).isEqualTo(1);
    assertFailsAloneWith("Bilan 2030.pdf", "not a PDF: its content is text/html");
  }

  @Test
  void aZipArchive() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Bilan.pdf"));
      zip.write(Files.readAllBytes(good));
    }
    Files.write(input.resolve("reports.zip"), bytes.toByteArray());
    // Another document of the folder, by name and content: listed as skipped, not a failure.
    assertThat(run()).isEqualTo(0);
    JsonNode run = new ObjectMapper().readTree(dir.resolve("out/run.json").toFile());
    assertThat(run.path("skipped"))
        .anySatisfy(
            s -> assertThat(s.asText()).startsWith("reports.zip: not a PDF (neither by name"));
    assertThat(run.path("reports")).hasSize(1);
    assertThat(report("Bilan 2031.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aZipArchiveNamedAsAPdf() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Bilan.pdf"));
      zip.write(Files.readAllBytes(good));
    }
    Files.write(input.resolve("Bilan 2030.pdf"), bytes.toByteArray());
    assertThat(run()).isEqualTo(1);
    assertFailsAloneWith("Bilan 2030.pdf", "not a PDF: its content is application/zip");
  }

  @Test
  void anEmptyFile() throws IOException {
    Files.createFile(input.resolve("Bilan 2030.pdf"));
    assertThat(run()).isEqualTo(1);
    assertFailsAloneWith("Bilan 2030.pdf", "empty file");
  }

  @Test
  void aTruncatedPdf() throws IOException {
    CorruptPdfs.truncated(good, input.resolve("Bilan 2030.pdf"));
    int exit = run();
    // PDFBox reads what it can of a cut file; whatever it makes of it, the run goes on and says so.
    JsonNode cut = report("Bilan 2030.pdf");
    if (cut.path("outcome").asText().equals("failed")) {
      assertThat(exit).isEqualTo(1);
      assertThat(cut.path("error").asText()).containsAnyOf("damaged PDF", "no pages", "no year");
    } else {
      assertThat(cut.path("warnings").toString()).contains("repaired");
    }
    assertThat(report("Bilan 2031.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aBrokenCrossReferenceTableIsRepairedAndSaidSo() throws IOException {
    CorruptPdfs.brokenCrossReference(good, input.resolve("Bilan 2030.pdf"));
    Files.delete(good);
    assertThat(run()).isZero();
    JsonNode repaired = report("Bilan 2030.pdf");
    assertThat(repaired.path("outcome").asText()).isEqualTo("processed");
    assertThat(repaired.path("warnings").get(0).asText())
        .startsWith("repaired: ")
        .endsWith("read with PDFBox's lenient parser, which rebuilds what it can");
    // The title metadata (Bilan 2031) tells the year before the file name does.
    assertThat(Files.readString(dir.resolve("out/figures.csv")))
        .contains("Bilan 2030.pdf,2031,investigations_in_progress,2031,actual,41");
  }

  @Test
  void anOwnerPasswordOnlyPdfIsRead() throws IOException {
    CorruptPdfs.ownerPasswordOnly(good, input.resolve("Bilan 2030.pdf"));
    Files.delete(good);
    assertThat(run()).isZero();
    assertThat(report("Bilan 2030.pdf").path("outcome").asText()).isEqualTo("processed");
    JsonNode document =
        new ObjectMapper().readTree(dir.resolve("out/reports/2031/document.json").toFile());
    assertThat(document.path("metadata").path("encrypted").asBoolean()).isTrue();
  }

  @Test
  void aUserPasswordPdfFailsUnlessGivenThePassword() throws IOException {
    CorruptPdfs.userPassword(good, input.resolve("Bilan 2030.pdf"), "s3cret");
    assertThat(run()).isEqualTo(1);
    assertFailsAloneWith(
        "Bilan 2030.pdf", "encrypted with a user password: give it with --password");
    assertThat(run("--password=s3cret")).isZero();
    assertThat(report("Bilan 2030.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aDamagedPageTree() throws IOException {
    CorruptPdfs.emptyPageTree(good, input.resolve("Bilan 2030.pdf"));
    assertThat(run()).isEqualTo(1);
    assertFailsAloneWith("Bilan 2030.pdf", "damaged page tree: page 1 of 1 cannot be found");
  }

  @Test
  void tooManyPages() throws IOException {
    fr.beta.bilans.testing.PdfBuilder big =
        new fr.beta.bilans.testing.PdfBuilder().title("Bilan 2030");
    for (int i = 0; i < 5; i++) {
      big.newPage();
    }
    big.write(input.resolve("Bilan 2030.pdf"));
    assertThat(run("--max-pages=3")).isEqualTo(1);
    assertFailsAloneWith(
        "Bilan 2030.pdf", "6 pages, more than the limit of 3 (raise it with --max-pages)");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Files.createSymbolicLink(input.resolve("Bilan 2030.pdf"), dir.resolve("vanished.pdf"));
    assertThat(run()).isEqualTo(1);
    assertThat(err.toString()).contains("Bilan 2030.pdf: acquire failed: cannot be read");
    assertThat(report("Bilan 2031.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aSummaryThatIsNotUtf8() throws IOException {
    assertThat(run("--summary=fixtures/summaries/latin1.md")).isEqualTo(1);
    assertThat(err.toString()).contains("latin1.md: not UTF-8 text");
    assertThat(report("Bilan 2031.pdf").path("outcome").asText()).isEqualTo("processed");
  }

  @Test
  void aFileWhoseChecksumDiffersFromTheManifest() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(good, corpus.resolve("Bilan 2031.pdf"));
    Path manifest =
        Files.writeString(
            dir.resolve("manifest.json"),
            """
        {"reports": [{"year": 2031, "file": "Bilan 2031.pdf", "sha256": "%s"}], "summaries": []}
        """
                .formatted("ab".repeat(32)),
            StandardCharsets.UTF_8);
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "run",
            "--manifest=" + manifest,
            "--corpus=" + corpus,
            "--offline",
            "--output=" + dir.resolve("out"),
            "-q");
    // Its only report cannot be used: nothing is published, the run says why and exits 2.
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("Bilan 2031.pdf: acquire failed: checksum mismatch")
        .contains("the manifest says abab")
        .contains("no report could be read");
  }
}
