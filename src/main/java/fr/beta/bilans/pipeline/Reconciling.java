package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.extract.EvidenceContext;
import fr.beta.bilans.extract.EvidenceRenderer;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ExtractionLimits;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.LexicalRecognizer;
import fr.beta.bilans.figures.Mention;
import fr.beta.bilans.figures.Provenance;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.Evidence;
import fr.beta.bilans.reconcile.EvidenceResolver;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Reconciler;
import fr.beta.bilans.reconcile.Reconciliation;
import fr.beta.bilans.summaries.Claim;
import fr.beta.bilans.summaries.ClaimFinder;
import fr.beta.bilans.summaries.Summary;
import fr.beta.bilans.summaries.SummaryParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconcile step of a run: summaries to claims, claims and reports checked, evidence rendered.
 */
final class Reconciling {

  private static final Logger LOG = LoggerFactory.getLogger(Reconciling.class);

  private final Catalog catalog;
  private final ReportCache cache;
  private final Map<String, String> yearsToldBy = new TreeMap<>();

  /** How long the evidence pictures of one report may take to draw, past which some are left. */
  private final Duration renderingLimit;

  private final ExtractionLimits limits;

  Reconciling(
      Catalog catalog, ReportCache cache, ExtractionLimits limits, Duration renderingLimit) {
    this.catalog = catalog;
    this.cache = cache;
    this.limits = limits;
    this.renderingLimit = renderingLimit;
  }

  /** Claims only: without the reports' PDFs at hand, no evidence picture is drawn. */
  Reconciling(Catalog catalog) {
    this(catalog, null, ExtractionLimits.DEFAULT, Duration.ZERO);
  }

  Reconciliation reconcile(
      List<Acquired> summaries, List<ReportOutcome> outcomes, List<String> errors) {
    Map<Integer, List<Figure>> byYear = new TreeMap<>();
    Map<Integer, List<Mention>> mentions = new TreeMap<>();
    for (ReportOutcome outcome : outcomes) {
      if (outcome instanceof ReportOutcome.Processed p) {
        byYear.computeIfAbsent(p.year().year(), y -> new ArrayList<>()).addAll(p.figures());
        mentions.computeIfAbsent(p.year().year(), y -> new ArrayList<>()).addAll(p.mentions());
      }
    }
    return reconcile(summaries, byYear, mentions, errors);
  }

  /** The summaries' claims checked against the figures and mentions of each report year. */
  Reconciliation reconcile(
      List<Acquired> summaries,
      Map<Integer, List<Figure>> byYear,
      Map<Integer, List<Mention>> mentions,
      List<String> errors) {
    ClaimFinder finder = new ClaimFinder(catalog, new LexicalRecognizer(catalog));
    SummaryParser parser = new SummaryParser();
    List<Claim> claims = new ArrayList<>();
    for (Acquired summary : summaries) {
      try {
        Summary parsed = parser.parse(summary.fileName(), readUtf8(summary.path()));
        yearsToldBy.put(summary.fileName(), parsed.yearsToldBy());
        claims.addAll(finder.claims(parsed));
      } catch (IOException e) {
        errors.add(summary.fileName() + ": " + e.getMessage());
      }
    }
    return new Reconciler(catalog, new EvidenceResolver(catalog.grammar()))
        .reconcile(claims, byYear, mentions);
  }

  /** How each summary read told its year(s): its year headings, its front matter… */
  Map<String, String> yearsToldBy() {
    return Map.copyOf(yearsToldBy);
  }

  /**
   * Pictures of the figures that the reconciliation shows, as data URIs; a report that cannot be
   * rendered shows none.
   */
  Map<Provenance, String> evidence(Reconciliation reconciliation, List<ReportOutcome> outcomes) {
    java.util.Objects.requireNonNull(cache, "a reconciliation of claims only draws no evidence");
    Map<String, ReportOutcome.Processed> processed = new HashMap<>();
    outcomes.forEach(
        o -> {
          if (o instanceof ReportOutcome.Processed p) {
            processed.put(p.file(), p);
          }
        });
    Map<String, List<Provenance>> shown = new TreeMap<>();
    for (ClaimCheck check : reconciliation.claims()) {
      check
          .evidence()
          .map(Evidence::provenance)
          .ifPresent(p -> shown.computeIfAbsent(p.report(), r -> new ArrayList<>()).add(p));
    }
    for (Finding finding : reconciliation.findings()) {
      finding
          .figures()
          .forEach(
              f ->
                  shown
                      .computeIfAbsent(f.provenance().report(), r -> new ArrayList<>())
                      .add(f.provenance()));
    }
    Map<Provenance, String> images = new java.util.concurrent.ConcurrentHashMap<>();
    EvidenceRenderer renderer = new EvidenceRenderer(limits);
    // One report per thread: each renders its own PDF, the pictures land in one map.
    shown.entrySet().parallelStream()
        .forEach(
            entry -> {
              String report = entry.getKey();
              List<Provenance> figures = entry.getValue();
              ReportOutcome.Processed source = processed.get(report);
              if (source == null) {
                return;
              }
              // The extraction this run read or wrote says what surrounds each number.
              Optional<ExtractedReport> extracted = cache.extraction(source.sha256());
              Map<EvidenceRenderer.Spot, List<Provenance>> spots = new LinkedHashMap<>();
              figures.stream()
                  .sorted(java.util.Comparator.comparingInt(Provenance::page))
                  .forEach(
                      f ->
                          spots
                              .computeIfAbsent(
                                  new EvidenceRenderer.Spot(
                                      f.page(),
                                      f.bbox(),
                                      extracted
                                          .map(r -> EvidenceContext.around(r, f.page(), f.bbox()))
                                          .orElse(f.bbox())),
                                  s -> new ArrayList<>())
                              .add(f));
              // Pictures already rendered by an earlier run come from the cache; only the others
              // are drawn.
              Map<EvidenceRenderer.Spot, byte[]> pictures = new LinkedHashMap<>();
              List<EvidenceRenderer.Spot> missing = new ArrayList<>();
              for (EvidenceRenderer.Spot spot : spots.keySet()) {
                cache
                    .evidence(key(source, spot))
                    .ifPresentOrElse(png -> pictures.put(spot, png), () -> missing.add(spot));
              }
              if (!missing.isEmpty()) {
                try {
                  renderer
                      .render(source.path(), missing, System.nanoTime() + renderingLimit.toNanos())
                      .forEach(
                          (spot, png) -> {
                            cache.storeEvidence(key(source, spot), png);
                            pictures.put(spot, png);
                          });
                } catch (IOException | RuntimeException e) {
                  LOG.warn("cannot render the evidence of {}: {}", report, e.toString());
                }
              }
              pictures.forEach(
                  (spot, png) -> {
                    String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
                    spots.get(spot).forEach(f -> images.put(f, uri));
                  });
            });
    return Map.copyOf(images);
  }

  private static String key(ReportOutcome.Processed report, EvidenceRenderer.Spot spot) {
    return report.sha256()
        + "|"
        + spot.page()
        + "|"
        + spot.box().rounded()
        + "|"
        + spot.context().rounded();
  }

  static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(
          "not UTF-8 text: a summary must be UTF-8 Markdown (re-save it as UTF-8)", e);
    }
  }
}
