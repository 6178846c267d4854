package fr.beta.bilans.testing;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Builds small PDFs for tests, slide-sized by default (960×540 pt), with positions given from the
 * top-left corner as in the outputs. Text is set in DejaVu Sans, which has the ligature and
 * apostrophe glyphs that the reports use.
 */
public final class PdfBuilder {

  public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private interface Drawing {
    void draw(PDPageContentStream content, PDFont font, float height) throws IOException;
  }

  private final List<List<Drawing>> pages = new ArrayList<>();
  private final float width;
  private final float height;
  private String title;
  private String xmpTitle;
  // The document being written: images are added to it as they are drawn.
  private PDDocument writing;

  public PdfBuilder() {
    this(960, 540);
  }

  public PdfBuilder(float width, float height) {
    this.width = width;
    this.height = height;
    pages.add(new ArrayList<>());
  }

  public PdfBuilder newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  public PdfBuilder title(String value) {
    this.title = value;
    return this;
  }

  /** A title in the XMP metadata stream only, as some tools write it. */
  public PdfBuilder xmpTitle(String value) {
    this.xmpTitle = value;
    return this;
  }

  /** Text whose baseline is {@code baseline} points from the top of the page. */
  public PdfBuilder text(float x, float baseline, float size, String text) {
    return text(x, baseline, size, text, Color.BLACK, RenderingMode.FILL);
  }

  public PdfBuilder text(
      float x, float baseline, float size, String text, Color color, RenderingMode mode) {
    current()
        .add(
            (content, font, h) -> {
              content.beginText();
              content.setRenderingMode(mode);
              content.setNonStrokingColor(color);
              content.setFont(font, size);
              content.newLineAtOffset(x, h - baseline);
              content.showText(text);
              content.endText();
            });
    return this;
  }

  /** A filled rectangle, top-left corner at (x, y) from the top of the page. */
  public PdfBuilder rectangle(float x, float y, float w, float h, Color color) {
    current()
        .add(
            (content, font, pageHeight) -> {
              content.setNonStrokingColor(color);
              content.addRect(x, pageHeight - y - h, w, h);
              content.fill();
            });
    return this;
  }

  /** An image drawn in the box (x, y, w, h), from the top of the page. */
  public PdfBuilder image(float x, float y, float w, float h, java.awt.image.BufferedImage image) {
    current()
        .add(
            (content, font, pageHeight) -> {
              org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject xobject =
                  org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(
                      writing, image);
              content.drawImage(xobject, x, pageHeight - y - h, w, h);
            });
    return this;
  }

  /** A stroked line, from (x1, y1) to (x2, y2), from the top of the page. */
  public PdfBuilder line(float x1, float y1, float x2, float y2) {
    current()
        .add(
            (content, font, pageHeight) -> {
              content.setStrokingColor(Color.GRAY);
              content.moveTo(x1, pageHeight - y1);
              content.lineTo(x2, pageHeight - y2);
              content.stroke();
            });
    return this;
  }

  public Path write(Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      writing = document;
      PDFont font = PDType0Font.load(document, FONT.toFile());
      for (List<Drawing> drawings : pages) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (Drawing drawing : drawings) {
            drawing.draw(content, font, height);
          }
        }
      }
      if (title != null) {
        document.getDocumentInformation().setTitle(title);
      }
      if (xmpTitle != null) {
        String xmp =
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>"
                + xmpTitle
                + "</rdf:li></rdf:Alt></dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
        org.apache.pdfbox.pdmodel.common.PDMetadata metadata =
            new org.apache.pdfbox.pdmodel.common.PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
      }
      document.save(new File(file.toString()));
    }
    return file;
  }

  private List<Drawing> current() {
    return pages.get(pages.size() - 1);
  }
}
