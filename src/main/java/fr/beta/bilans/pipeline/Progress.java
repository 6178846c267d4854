package fr.beta.bilans.pipeline;

/** What a run tells the person watching it, report by report. */
public interface Progress {

  void reportStarted(String file);

  /** Done; {@code cached} when nothing had to be extracted again. */
  void reportDone(String file, int pages, int figures, long millis, boolean cached);

  void reportFailed(String file, String reason);

  /** Tells nothing: for quiet runs, runs without a terminal, and tests. */
  Progress SILENT =
      new Progress() {
        @Override
        public void reportStarted(String file) {}

        @Override
        public void reportDone(String file, int pages, int figures, long millis, boolean cached) {}

        @Override
        public void reportFailed(String file, String reason) {}
      };
}
