package fr.beta.bilans.pipeline;

import fr.beta.bilans.acquire.Acquired;
import fr.beta.bilans.extract.EvidenceRenderer;
import fr.beta.bilans.figures.Catalog;
import fr.beta.bilans.figures.Figure;
import fr.beta.bilans.figures.TextMatcher;
import fr.beta.bilans.reconcile.ClaimCheck;
import fr.beta.bilans.reconcile.Finding;
import fr.beta.bilans.reconcile.Reconciler;
import fr.beta.bilans.reconcile.Reconciliation;
import fr.beta.bilans.summaries.Claim;
import fr.beta.bilans.summaries.ClaimFinder;
import fr.beta.bilans.summaries.SummaryParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reconcile step of a run: summaries to claims, claims and reports checked, evidence rendered. */
final class Reconciling {

  private static final Logger LOG = LoggerFactory.getLogger(Reconciling.class);

  private final Catalog catalog;

  Reconciling(Catalog catalog) {
    this.catalog = catalog;
  }

  Reconciliation reconcile(List<Acquired> summaries, List<ReportOutcome> outcomes, List<String> errors) {
    ClaimFinder finder = new ClaimFinder(new TextMatcher(catalog));
    SummaryParser parser = new SummaryParser();
    List<Claim> claims = new ArrayList<>();
    for (Acquired summary : summaries) {
      try {
        claims.addAll(finder.claims(parser.parse(summary.fileName(), readUtf8(summary.path()))));
      } catch (IOException e) {
        errors.add(summary.fileName() + ": " + e.getMessage());
      }
    }
    Map<Integer, List<Figure>> byYear = new TreeMap<>();
    for (ReportOutcome outcome : outcomes) {
      if (outcome instanceof ReportOutcome.Processed p) {
        byYear.computeIfAbsent(p.year().year(), y -> new ArrayList<>()).addAll(p.figures());
      }
    }
    return new Reconciler(catalog).reconcile(claims, byYear);
  }

  /** Pictures of the figures that the reconciliation shows, as data URIs; a report that cannot be rendered shows none. */
  Map<Figure, String> evidence(Reconciliation reconciliation, List<ReportOutcome> outcomes) {
    Map<String, Path> paths = new HashMap<>();
    outcomes.forEach(o -> {
      if (o instanceof ReportOutcome.Processed p) {
        paths.put(p.file(), p.path());
      }
    });
    Map<String, List<Figure>> shown = new TreeMap<>();
    for (ClaimCheck check : reconciliation.claims()) {
      check.reportFigure().ifPresent(f -> shown.computeIfAbsent(f.provenance().report(), r -> new ArrayList<>()).add(f));
    }
    for (Finding finding : reconciliation.findings()) {
      finding.figures().forEach(f -> shown.computeIfAbsent(f.provenance().report(), r -> new ArrayList<>()).add(f));
    }
    Map<Figure, String> images = new HashMap<>();
    EvidenceRenderer renderer = new EvidenceRenderer();
    shown.forEach((report, figures) -> {
      Path path = paths.get(report);
      if (path == null) {
        return;
      }
      Map<EvidenceRenderer.Spot, List<Figure>> spots = new LinkedHashMap<>();
      figures.stream().sorted(java.util.Comparator.comparingInt(f -> f.provenance().page()))
          .forEach(f -> spots.computeIfAbsent(new EvidenceRenderer.Spot(f.provenance().page(), f.provenance().bbox()),
              s -> new ArrayList<>()).add(f));
      try {
        renderer.render(path, new ArrayList<>(spots.keySet())).forEach((spot, png) -> {
          String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
          spots.get(spot).forEach(f -> images.put(f, uri));
        });
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot render the evidence of {}: {}", report, e.toString());
      }
    });
    return images;
  }

  private static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text: a summary must be UTF-8 Markdown (re-save it as UTF-8)", e);
    }
  }
}
