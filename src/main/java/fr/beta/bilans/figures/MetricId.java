package fr.beta.bilans.figures;

/** The id of a catalog metric, e.g. {@code services_active}. */
public record MetricId(String id) implements Comparable<MetricId> {

  public MetricId {
    if (id == null || !id.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "a metric id is lowercase letters, digits and '_': '" + id + "'");
    }
  }

  @Override
  public int compareTo(MetricId other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
