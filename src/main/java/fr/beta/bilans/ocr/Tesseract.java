package fr.beta.bilans.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Debian's {@code tesseract} executable, driven through Apache Tika's OCR parser in hOCR mode: each
 * word with its box and confidence, in one page segmentation mode.
 */
public final class Tesseract {

  /** Sparse text: the scattered labels of a chart as well as the lines of a scanned page. */
  public static final String SPARSE = "11";

  /** One block of text: a label read again in a close crop, with the top of its bar. */
  public static final String BLOCK = "6";

  /** The languages of the reports: French and English (Debian's tesseract-ocr-fra, and eng). */
  private static final String LANGUAGES = "fra+eng";

  private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
  private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");

  private final TesseractOCRParser parser = new TesseractOCRParser();
  private final TesseractOCRConfig config = new TesseractOCRConfig();
  private final Optional<String> version;

  private final String pageMode;

  /**
   * The folder of the executable, when it is not on the PATH: the system property {@code
   * bilans.tesseract.dir} (with its trailing slash).
   */
  private final String folder = System.getProperty("bilans.tesseract.dir", "");

  public Tesseract(String pageMode) {
    this.pageMode = pageMode;
    if (!folder.isEmpty()) {
      parser.setTesseractPath(folder);
    }
    config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
    config.setPageSegMode(pageMode);
    config.setLanguage(LANGUAGES);
    config.setTimeoutSeconds(120);
    version = probeVersion();
    if (version.isPresent()) {
      try {
        parser.initialize(java.util.Map.of());
      } catch (org.apache.tika.exception.TikaConfigException e) {
        throw new IllegalStateException("Tika's OCR parser refused its settings", e);
      }
    }
  }

  /** What the settings of a reading are, for the cache key: any change reads the image again. */
  public String settings() {
    return "psm=" + pageMode + ";lang=" + LANGUAGES + ";hocr";
  }

  /** The version line of the executable; empty when there is none to run. */
  public Optional<String> version() {
    return version;
  }

  public boolean available() {
    try {
      return version.isPresent() && parser.hasTesseract();
    } catch (org.apache.tika.exception.TikaConfigException e) {
      return false;
    }
  }

  /** The words of the image, in its pixels. */
  public List<OcrWord> read(BufferedImage image) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, config);
    Words words = new Words();
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, "image/png");
    try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(png.toByteArray()))) {
      parser.parse(in, words, metadata, context);
    } catch (SAXException | TikaException e) {
      throw new IOException("tesseract could not read the image: " + e.getMessage(), e);
    }
    return words.words;
  }

  /** The hOCR words ({@code span class="ocrx_word"}) as Tika passes them through. */
  private static final class Words extends DefaultHandler {
    private final List<OcrWord> words = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String title;

    @Override
    public void startElement(String uri, String local, String name, Attributes attributes) {
      if ("ocrx_word".equals(attributes.getValue("class"))) {
        title = attributes.getValue("title");
        text.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (title != null) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String name) {
      if (title == null || !"span".equals(local.isEmpty() ? name : local)) {
        return;
      }
      Matcher box = BBOX.matcher(title);
      Matcher confidence = CONFIDENCE.matcher(title);
      String word = text.toString().strip();
      if (box.find() && !word.isEmpty()) {
        double x0 = Double.parseDouble(box.group(1));
        double y0 = Double.parseDouble(box.group(2));
        words.add(
            new OcrWord(
                word,
                x0,
                y0,
                Double.parseDouble(box.group(3)) - x0,
                Double.parseDouble(box.group(4)) - y0,
                confidence.find() ? Double.parseDouble(confidence.group(1)) : 0));
      }
      title = null;
    }
  }

  private Optional<String> probeVersion() {
    try {
      Process process =
          new ProcessBuilder(folder + "tesseract", "--version").redirectErrorStream(true).start();
      String out =
          new String(
              process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      process.waitFor();
      return process.exitValue() == 0
          ? out.lines().findFirst().map(String::strip)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
