package fr.beta.bilans.reconcile;

import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Period;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.figures.Qualifier;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The place of a report that decided a claim: a catalog figure, or any number of the report (a
 * mention) when the claim's words found it there.
 */
public record Evidence(
    BigDecimal value,
    BigDecimal halfInterval,
    Optional<Qualifier> qualifier,
    Optional<Period> period,
    Provenance provenance) {

  public static Evidence of(Figure figure) {
    return new Evidence(
        figure.value(),
        figure.halfInterval(),
        figure.qualifier(),
        Optional.of(figure.period()),
        figure.provenance());
  }

  public static Evidence of(Mention mention) {
    return new Evidence(
        mention.number().value(),
        mention.number().halfInterval(),
        mention.qualifier(),
        Optional.of(mention.period()),
        new Provenance(
            mention.report(), mention.page(), mention.box(), mention.label(), mention.method()));
  }
}
