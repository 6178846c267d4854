package fr.beta.bilans.pipeline;

/** What a run tells the person watching it, report by report. */
public interface Progress {

  void reportStarted(String file);

  void reportDone(String file, int pages, int figures, long millis);

  void reportFailed(String file, String reason);

  /** Tells nothing: for quiet runs and tests. */
  Progress SILENT = new Progress() {
    @Override
    public void reportStarted(String file) {}

    @Override
    public void reportDone(String file, int pages, int figures, long millis) {}

    @Override
    public void reportFailed(String file, String reason) {}
  };
}
