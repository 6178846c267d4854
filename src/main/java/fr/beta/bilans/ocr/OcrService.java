package fr.beta.bilans.ocr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCR of a run. What tesseract reads in an image (and in the close crops of a chart) is kept in
 * a cache keyed by the image's bytes, the OCR settings and tesseract's version, so that the same
 * picture in another report or another run is not read again; what bilans makes of those words (the
 * chart) is computed afresh each time, so that a change of that logic needs no new reading. Counts
 * what it did for {@code run.json}. Thread-safe: the reports of a run read their images on both
 * cores.
 */
public final class OcrService {

  private static final Logger LOG = LoggerFactory.getLogger(OcrService.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<OcrWord>> WORDS = new TypeReference<>() {};

  private final ImageOcr sparse;
  private final ImageOcr block;
  private final String version;
  private final Path cache;
  private final boolean readCache;
  private final AtomicInteger read = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();

  private OcrService(Tesseract sparse, Tesseract block, Path cache, boolean readCache) {
    this.sparse = new ImageOcr(sparse);
    this.block = new ImageOcr(block);
    this.version = sparse.version().orElseThrow();
    this.cache = cache;
    this.readCache = readCache;
  }

  /**
   * The OCR of a run, when tesseract can be run; empty otherwise (the caller says so). {@code
   * force}: what an earlier run cached is not read (it is still written).
   */
  public static Optional<OcrService> start(Path cache, boolean force) {
    Tesseract sparse = new Tesseract(Tesseract.SPARSE);
    if (!sparse.available()) {
      return Optional.empty();
    }
    return Optional.of(new OcrService(sparse, new Tesseract(Tesseract.BLOCK), cache, !force));
  }

  /** What decides what tesseract reads: a change of any of it reads every image again. */
  public String fingerprint() {
    return version + "|" + sparse.settings() + ";probe|" + block.settings();
  }

  /**
   * The reading of an image; {@code raw} is its encoded bytes (the cache key), decoded lazily. An
   * image that is the whole page (a scanned page) is also read as a block of text, merged by box
   * with the sparse reading: the sparse mode drops lone digits ("8" in a table cell), the block
   * mode keeps them.
   */
  public ImageReading read(byte[] raw, ImageSource image, boolean wholePage) throws IOException {
    BufferedImage[] decoded = new BufferedImage[1];
    List<OcrWord> sparseWords =
        cached(
            key(raw, sparse.settings() + ";probe"),
            () -> {
              decoded[0] = image.decode();
              return sparse.holdsText(decoded[0]) ? sparse.read(decoded[0]) : List.of();
            });
    List<OcrWord> words = sparseWords;
    if (wholePage && !sparseWords.isEmpty()) {
      List<OcrWord> blockWords =
          cached(
              key(raw, block.settings() + ";page"),
              () -> block.read(decoded[0] != null ? decoded[0] : image.decode()));
      words = ImageOcr.merged(sparseWords, blockWords);
    }
    if (ChartReader.axis(words).isEmpty()) {
      return new ImageReading(words, List.of());
    }
    BufferedImage pixels = decoded[0] != null ? decoded[0] : image.decode();
    ChartReader charts =
        new ChartReader(
            crop -> cached(key(pixels(crop), block.settings()), () -> block.read(crop)));
    return new ImageReading(words, charts.read(pixels, words));
  }

  private List<OcrWord> cached(String key, Reading reading) throws IOException {
    Path entry = cache.resolve(key.substring(0, 2)).resolve(key + ".json");
    if (readCache && Files.isRegularFile(entry)) {
      try {
        List<OcrWord> words = JSON.readValue(entry.toFile(), WORDS);
        reused.incrementAndGet();
        return words;
      } catch (IOException e) {
        LOG.warn("ignoring the damaged OCR cache entry {}: {}", entry, e.toString());
      }
    }
    long start = System.nanoTime();
    List<OcrWord> words = reading.read();
    nanos.addAndGet(System.nanoTime() - start);
    read.incrementAndGet();
    store(entry, words);
    return words;
  }

  private void store(Path entry, List<OcrWord> words) {
    try {
      Files.createDirectories(entry.getParent());
      Path partial = Files.createTempFile(entry.getParent(), ".ocr", ".part");
      JSON.writeValue(partial.toFile(), words);
      Files.move(
          partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("cannot write the OCR cache entry {}: {}", entry, e.toString());
    }
  }

  private String key(byte[] content, String settings) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(content);
      sha.update((version + "|" + settings).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pixels(BufferedImage image) {
    int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    ByteBuffer bytes = ByteBuffer.allocate(rgb.length * 4 + 8);
    bytes.putInt(image.getWidth()).putInt(image.getHeight());
    for (int p : rgb) {
      bytes.putInt(p);
    }
    return bytes.array();
  }

  public String version() {
    return version;
  }

  /** Images (and chart crops) read by tesseract in this run. */
  public int imagesRead() {
    return read.get();
  }

  /** Images (and chart crops) whose reading came from the cache. */
  public int imagesReused() {
    return reused.get();
  }

  /** The time spent reading images, summed over the threads. */
  public double seconds() {
    return nanos.get() / 1e9;
  }

  /** An image decoded only when it must be read. */
  @FunctionalInterface
  public interface ImageSource {
    BufferedImage decode() throws IOException;
  }

  @FunctionalInterface
  private interface Reading {
    List<OcrWord> read() throws IOException;
  }
}
