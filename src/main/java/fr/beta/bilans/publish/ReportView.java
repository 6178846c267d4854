package fr.beta.bilans.publish;

import java.util.List;

/** What the reconciliation templates show, computed once for both (see {@link ReportViews}). */
record ReportView(
    String headline,
    Counts counts,
    List<Card> problems,
    List<Card> acknowledged,
    List<Card> unsettled,
    List<Page> pages,
    List<FindingRow> failedChecks,
    List<FindingRow> otherChecks,
    List<Charts.Chart> charts,
    int chartWidth,
    int chartHeight) {

  record Counts(
      long claims,
      long agrees,
      long disagrees,
      long notInReport,
      long ambiguous,
      long noReport,
      long findingsPassed,
      long findingsFailed,
      long acknowledged) {}

  /** A problem on the first screen: what, where, both values, the pictures, one line of why. */
  record Card(
      String anchor,
      String kind,
      String cssClass,
      String title,
      String where,
      List<Value> values,
      String explanation,
      List<Picture> pictures,
      String acknowledgement) {}

  record Value(String label, String value) {}

  record Picture(String caption, String image) {}

  /**
   * A summary page, all its versions together: one row per distinct claim, with the versions that
   * state it; what changed from one version to the next; the agreements apart, to fold.
   */
  record Page(
      String name,
      String versions,
      String confirmed,
      List<String> changes,
      List<ClaimRow> attention,
      List<ClaimRow> agreements) {

    int agreementCount() {
      return agreements.size();
    }
  }

  record ClaimRow(
      String anchor,
      String status,
      String cssClass,
      int sectionYear,
      String text,
      String metric,
      String period,
      String value,
      String reportValue,
      String where,
      String explanation,
      String versions,
      String image) {}

  record FindingRow(
      String anchor,
      String verdict,
      String cssClass,
      String check,
      String metric,
      String period,
      String arithmetic,
      String rule,
      List<Picture> evidence) {}
}
