package fr.beta.bilans.pipeline;

import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.CatalogException;
import fr.beta.bilans.figures.CatalogSource;

/**
 * A catalog parsed only when a run needs its patterns: a rerun that keeps the last run's outputs
 * needs only its hash. Parse it up front ({@link #get()}) to validate it before any work.
 */
public final class CatalogOnDemand {

  private final CatalogSource source;
  private final String sha256;
  private Catalog catalog;

  public CatalogOnDemand(CatalogSource source) {
    this.source = source;
    this.sha256 = source.sha256();
  }

  private CatalogOnDemand(Catalog catalog) {
    this.source = null;
    this.sha256 = catalog.sha256();
    this.catalog = catalog;
  }

  /** A catalog already parsed. */
  public static CatalogOnDemand of(Catalog catalog) {
    return new CatalogOnDemand(catalog);
  }

  public String sha256() {
    return sha256;
  }

  public synchronized Catalog get() throws CatalogException {
    if (catalog == null) {
      catalog = source.load();
    }
    return catalog;
  }
}
