package fr.beta.bilans.pipeline;

import fr.beta.bilans.extract.ExtractedPage;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.TextBlock;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report is about, and how it was told: the title metadata ("Bilan 2024 ..."), else the
 * biggest text of the cover page, else the file name. A manifest's year wins over all.
 */
public record ReportYear(int year, String source) {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  public static ReportYear fromManifest(int year) {
    return new ReportYear(year, "manifest");
  }

  /** Infers the year; a year of 0 with source "unknown" when nothing tells it. */
  public static ReportYear infer(ExtractedReport report) {
    Optional<Integer> fromTitle = report.metadata().title().flatMap(ReportYear::firstYear);
    if (fromTitle.isPresent()) {
      return new ReportYear(fromTitle.get(), "title metadata");
    }
    Optional<Integer> fromCover =
        report.pages().stream().findFirst().flatMap(ReportYear::coverYear);
    if (fromCover.isPresent()) {
      return new ReportYear(fromCover.get(), "cover page");
    }
    return firstYear(report.file())
        .map(y -> new ReportYear(y, "file name"))
        .orElse(new ReportYear(0, "unknown"));
  }

  private static Optional<Integer> coverYear(ExtractedPage cover) {
    return cover.blocks().stream()
        .sorted(Comparator.comparingDouble(TextBlock::maxFontSize).reversed())
        .map(b -> firstYear(b.text()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Integer> firstYear(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
