package fr.beta.bilans.cli;

import fr.beta.bilans.pipeline.Progress;
import java.io.PrintWriter;

/** Progress lines on standard error, one per report event. */
final class StderrProgress implements Progress {

  private final PrintWriter err;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void reportStarted(String file) {
    err.println("bilans: reading " + file);
    err.flush();
  }

  @Override
  public synchronized void reportDone(String file, int pages, int figures, long millis) {
    err.printf("bilans: %s: %d pages, %d figures, %.1f s%n", file, pages, figures, millis / 1000.0);
    err.flush();
  }

  @Override
  public synchronized void reportFailed(String file, String reason) {
    err.println("bilans: " + file + ": failed: " + reason);
    err.flush();
  }
}
