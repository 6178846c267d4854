package fr.beta.bilans.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMP;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDMetadataExtractor;

/**
 * Reads a report PDF into an {@link ExtractedReport}: metadata, positioned text in blocks, and
 * tables where the page looks like it has one.
 *
 * <p>Example: {@code new ReportExtractor().extract(path, sha256)}. A file that is not a PDF, is
 * encrypted with a user password, or is too damaged to open ends as an {@link
 * UnreadableReportException} whose message names the problem.
 */
public final class ReportExtractor {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ReportExtractor.class);

  private static final String PDF = "application/pdf";

  private final Tika tika = new Tika();
  private final ExtractionLimits limits;
  private final LayoutBuilder layout = new LayoutBuilder();
  private final VisibilityJudge visibility = new VisibilityJudge();
  private final TableLocator tableLocator = new TableLocator();
  private final Optional<ImageText> imageText;

  public ReportExtractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public ReportExtractor(ExtractionLimits limits) {
    this(limits, Optional.empty());
  }

  /** With {@code ocr}, the text inside images is read too (words and charts). */
  public ReportExtractor(ExtractionLimits limits, Optional<fr.beta.bilans.ocr.OcrService> ocr) {
    this.limits = limits;
    this.imageText = ocr.map(o -> new ImageText(o, layout));
  }

  public ExtractedReport extract(Path file, String sha256) throws UnreadableReportException {
    String mediaType = detect(file);
    if (!PDF.equals(mediaType)) {
      throw new UnreadableReportException("not a PDF: its content is " + mediaType);
    }
    PdfOpener.Opened opened;
    try {
      opened = PdfOpener.open(file, limits);
    } catch (InvalidPasswordException e) {
      throw new UnreadableReportException(
          limits.password().isPresent()
              ? "encrypted, and the password given does not open it"
              : "encrypted with a user password: give it with --password",
          e);
    } catch (IOException e) {
      throw new UnreadableReportException("damaged PDF: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new UnreadableReportException(
          "damaged PDF (" + e.getClass().getSimpleName() + "): " + e.getMessage(), e);
    }
    Optional<String> repaired = opened.repair();
    try (PDDocument document = opened.document()) {
      int pageCount = document.getNumberOfPages();
      if (pageCount == 0) {
        throw new UnreadableReportException(
            "the PDF has no pages (its page tree is empty or damaged)");
      }
      if (pageCount > limits.maxPages()) {
        throw new UnreadableReportException(
            pageCount
                + " pages, more than the limit of "
                + limits.maxPages()
                + " (raise it with --max-pages)");
      }
      if (document.isEncrypted()) {
        document.setAllSecurityToBeRemoved(true);
      }
      GlyphCollector collector = new GlyphCollector();
      TabulaTables tabula = new TabulaTables(document);
      List<ExtractedPage> pages = new ArrayList<>(pageCount);
      for (int number = 1; number <= pageCount; number++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("stopped before page " + number);
        }
        pages.add(page(collect(collector, document, number, pageCount), tabula));
      }
      return new ExtractedReport(
          file.getFileName().toString(), sha256, metadata(document, mediaType, repaired), pages);
    } catch (InterruptedIOException e) {
      // Not the PDF's fault: the run stopped this report (its time limit).
      throw new UnreadableReportException("stopped: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableReportException("damaged PDF: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (thrownByBilans(e)) {
        throw e; // our own bug, not the PDF's fault: the run reports it as an internal error
      }
      throw new UnreadableReportException(
          "damaged PDF (" + e.getClass().getSimpleName() + "): " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new UnreadableReportException("damaged PDF: its objects nest too deeply to be read", e);
    }
  }

  private static PageContent collect(
      GlyphCollector collector, PDDocument document, int number, int count)
      throws IOException, UnreadableReportException {
    try {
      return collector.collect(document, number);
    } catch (IllegalStateException e) {
      // PDFBox's page tree lookup fails this way when /Count and /Kids disagree.
      throw new UnreadableReportException(
          "damaged page tree: page " + number + " of " + count + " cannot be found", e);
    }
  }

  private ExtractedPage page(PageContent content, TabulaTables tabula) throws IOException {
    List<Glyph> judged = visibility.judge(content);
    LayoutBuilder.Layout built = layout.build(judged);
    List<TableRegion> regions = tableLocator.locate(built.lines(), content.width());
    List<TextBlock> blocks = built.blocks();
    List<Chart> charts = List.of();
    List<Table> tables = new ArrayList<>(tabula.read(content.number(), regions));
    if (imageText.isPresent() && !content.images().isEmpty()) {
      ImageText.Read read =
          imageText.get().read(content.images(), blocks, content.width(), content.height());
      // The tables of a picture: Tabula reads the text layer only, these come from the words.
      List<TextLine> pictured = read.blocks().stream().flatMap(b -> b.lines().stream()).toList();
      tables.addAll(WordTables.read(tableLocator.locate(pictured, content.width()), pictured));
      blocks = new ArrayList<>(blocks);
      blocks.addAll(read.blocks());
      blocks.sort(
          java.util.Comparator.comparingDouble((TextBlock b) -> b.box().y())
              .thenComparingDouble(b -> b.box().x()));
      charts = read.charts();
    }
    return new ExtractedPage(
        content.number(),
        content.width(),
        content.height(),
        blocks,
        tables,
        built.hidden(),
        charts);
  }

  private String detect(Path file) throws UnreadableReportException {
    try (InputStream in = Files.newInputStream(file)) {
      if (Files.size(file) == 0) {
        throw new UnreadableReportException("empty file");
      }
      return tika.detect(in);
    } catch (IOException e) {
      throw new UnreadableReportException("cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * The document information dictionary, completed by the XMP metadata stream (read by Tika's PDF
   * module) where the dictionary is silent: some tools write only one of the two.
   */
  private static DocumentMetadata metadata(
      PDDocument document, String mediaType, Optional<String> repaired) {
    PDDocumentInformation info = document.getDocumentInformation();
    Metadata xmp = xmp(document);
    Calendar created = info.getCreationDate();
    Optional<String> createdText =
        created == null
            ? text(xmp.get(TikaCoreProperties.CREATED))
            : Optional.of(created.toInstant().toString());
    return new DocumentMetadata(
        mediaType,
        text(info.getTitle()).or(() -> text(xmp.get(TikaCoreProperties.TITLE))),
        text(info.getAuthor()).or(() -> text(xmp.get(TikaCoreProperties.CREATOR))),
        text(info.getCreator()).or(() -> text(xmp.get(XMP.CREATOR_TOOL))),
        text(info.getProducer()).or(() -> text(xmp.get(org.apache.tika.metadata.PDF.PRODUCER))),
        createdText,
        Float.toString(document.getVersion()),
        document.isEncrypted(),
        repaired);
  }

  private static Metadata xmp(PDDocument document) {
    Metadata metadata = new Metadata();
    PDMetadata stream = document.getDocumentCatalog().getMetadata();
    if (stream != null) {
      try {
        PDMetadataExtractor.extract(stream, metadata, new ParseContext());
      } catch (RuntimeException e) {
        // Damaged XMP is common and never worth failing a report for: the dictionary remains.
        LOG.debug("unreadable XMP metadata", e);
      }
    }
    return metadata;
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * Whether an unexpected exception was thrown by bilans' own code rather than by PDFBox or Tabula
   * reading the file: the first is a bug to report, the second a damaged PDF.
   */
  static boolean thrownByBilans(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("fr.beta.bilans.");
  }
}
