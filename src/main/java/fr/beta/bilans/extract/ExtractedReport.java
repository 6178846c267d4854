package fr.beta.bilans.extract;

import java.util.List;

/** Everything read from one report PDF. Same bytes in, same value out. */
public record ExtractedReport(
    String file, String sha256, DocumentMetadata metadata, List<ExtractedPage> pages) {

  public ExtractedReport {
    pages = List.copyOf(pages);
  }

  public int pageCount() {
    return pages.size();
  }
}
