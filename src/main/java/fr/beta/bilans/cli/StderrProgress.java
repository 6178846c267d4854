package fr.beta.bilans.cli;

import fr.beta.bilans.pipeline.Progress;
import java.io.PrintWriter;

/** Progress lines on standard error, one per report event, with the time since the run started. */
final class StderrProgress implements Progress {

  private final PrintWriter err;
  private final long start = System.nanoTime();

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void reportStarted(String file) {
    err.printf("[%5.1f s] reading %s%n", elapsed(), file);
    err.flush();
  }

  @Override
  public synchronized void reportDone(
      String file, int pages, int figures, long millis, boolean cached) {
    err.printf(
        "[%5.1f s] %s: %d pages, %d figures%s, %.1f s%n",
        elapsed(),
        file,
        pages,
        figures,
        cached ? " (extraction from the cache)" : "",
        millis / 1000.0);
    err.flush();
  }

  @Override
  public synchronized void reportFailed(String file, String reason) {
    err.printf("[%5.1f s] %s: failed: %s%n", elapsed(), file, reason);
    err.flush();
  }

  private double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }
}
