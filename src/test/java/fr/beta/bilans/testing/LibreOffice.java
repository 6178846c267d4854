package fr.beta.bilans.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's LibreOffice Calc, headless, to open a workbook as a person's spreadsheet would. Without
 * it the tests that need it are skipped, except in CI ({@code CI=true}) where they fail: .ci/run
 * installs it.
 */
public final class LibreOffice {

  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  /** CSV, UTF-8, comma, every sheet to its own file, raw values (not as displayed). */
  private static final String CSV =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private LibreOffice() {}

  /**
   * Converts every sheet of {@code workbook} to {@code <name>-<sheet>.csv} in {@code folder}, with
   * its own user profile so that concurrent runs do not meet.
   */
  public static void sheetsToCsv(Path workbook, Path folder)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(SOFFICE)) {
      String message = "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    Path profile = Files.createDirectories(folder.resolve("profile"));
    Process process =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                CSV,
                "--outdir",
                folder.toString(),
                workbook.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("LibreOffice did not convert " + workbook + " within 3 minutes");
    }
    if (process.exitValue() != 0) {
      fail(
          "LibreOffice failed on "
              + workbook
              + ": "
              + Files.readString(folder.resolve("soffice.log")));
    }
  }
}
