package fr.beta.bilans.evaluate;

import java.util.List;

/**
 * Precision and recall for one report (or all): {@code wrong} are predicted tuples not in the
 * truth, {@code missed} truth tuples not predicted, {@code missedInTextLayer} those of them that
 * the text layer holds.
 */
public record ReportScore(
    String report,
    int predicted,
    int correct,
    int truth,
    int truthFound,
    int truthTextLayer,
    int truthTextLayerFound,
    List<Tuple> wrong,
    List<Tuple> missedInTextLayer,
    List<Tuple> missedImageOnly) {

  public ReportScore {
    wrong = List.copyOf(wrong);
    missedInTextLayer = List.copyOf(missedInTextLayer);
    missedImageOnly = List.copyOf(missedImageOnly);
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) correct / predicted;
  }

  public double recall() {
    return truth == 0 ? 1.0 : (double) truthFound / truth;
  }

  public double recallTextLayer() {
    return truthTextLayer == 0 ? 1.0 : (double) truthTextLayerFound / truthTextLayer;
  }
}
