package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import java.util.List;

/** What one year's report offers as evidence: its catalog figures and every number it prints. */
public record ReportEvidence(List<Figure> figures, List<Mention> mentions) {

  public ReportEvidence {
    figures = List.copyOf(figures);
    mentions = List.copyOf(mentions);
  }
}
