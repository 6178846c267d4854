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
 * biggest text of the cover page, else the file name. A manifest's year, or the one given with
 * {@code --year}, wins over all. A fiscal year spanning two calendar years ("exercice 2023-2024",
 * "Fiscal Year 2023-24", "FY 2023–24") is the year it ends, and {@code period} keeps the span.
 */
public record ReportYear(int year, String source, Optional<String> period) {

  /** A year, or two consecutive years joined by a dash (the second one may be two digits). */
  private static final Pattern YEAR =
      Pattern.compile("(?<!\\d)(20\\d\\d)(?:\\s?[-–/]\\s?(20\\d\\d|\\d\\d))?(?!\\d)");

  /** Why a report whose year nothing tells cannot be matched, and what to do. */
  public static final String NOT_FOUND =
      "no year found in its title metadata, cover page or file name: name it 'Bilan YYYY ...pdf'"
          + " or list it in a manifest";

  public ReportYear(int year, String source) {
    this(year, source, Optional.empty());
  }

  public static ReportYear fromManifest(int year) {
    return new ReportYear(year, "manifest");
  }

  public static ReportYear given(int year) {
    return new ReportYear(year, "--year");
  }

  /** Infers the year; a year of 0 with source "unknown" when nothing tells it. */
  public static ReportYear infer(ExtractedReport report) {
    Optional<ReportYear> fromTitle =
        report.metadata().title().flatMap(t -> firstYear(t, "title metadata"));
    if (fromTitle.isPresent()) {
      return fromTitle.get();
    }
    Optional<ReportYear> fromCover = report.pages().stream().findFirst().flatMap(ReportYear::cover);
    if (fromCover.isPresent()) {
      return fromCover.get();
    }
    return firstYear(report.file(), "file name").orElse(new ReportYear(0, "unknown"));
  }

  private static Optional<ReportYear> cover(ExtractedPage cover) {
    return cover.blocks().stream()
        .sorted(Comparator.comparingDouble(TextBlock::maxFontSize).reversed())
        .map(b -> firstYear(b.text(), "cover page"))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<ReportYear> firstYear(String text, String source) {
    Matcher m = YEAR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      int second = Integer.parseInt(m.group(2));
      if (second < 100) {
        second += first / 100 * 100;
      }
      if (second == first + 1) {
        // A fiscal year: the report is that of the year it ends.
        return Optional.of(new ReportYear(second, source, Optional.of(first + "-" + second)));
      }
    }
    return Optional.of(new ReportYear(first, source));
  }
}
