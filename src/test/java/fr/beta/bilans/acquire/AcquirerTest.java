package fr.beta.bilans.acquire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcquirerTest {

  private static final byte[] CONTENT =
      "%PDF-1.4 pretend report".getBytes(StandardCharsets.US_ASCII);
  private static final String SHA = Checksums.sha256(CONTENT);

  @TempDir Path dir;

  private HttpServer server;
  private int requests;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/report.pdf",
        exchange -> {
          requests++;
          exchange.sendResponseHeaders(200, CONTENT.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(CONTENT);
          }
        });
    server.createContext(
        "/gone.pdf",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static ManifestEntry entry(String file, String sha, Optional<URI> url) {
    return new ManifestEntry(
        ManifestEntry.Kind.REPORT, file, sha, OptionalInt.of(2030), OptionalInt.empty(), url);
  }

  private Acquirer acquirer(boolean downloads, Path... corpus) {
    return new Acquirer(
        dir.resolve("input-pdfs"),
        List.of(corpus),
        downloads ? Optional.of(new Downloader(Duration.ofSeconds(5))) : Optional.empty());
  }

  @Test
  void prefersALocalCopyAndVerifiesIt() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.write(corpus.resolve("Bilan 2030.pdf"), CONTENT);
    Acquired acquired =
        acquirer(true, corpus)
            .acquire(entry("Bilan 2030.pdf", SHA, Optional.of(url("/report.pdf"))));
    assertThat(acquired.source()).isEqualTo(Acquired.Source.CORPUS);
    assertThat(acquired.sha256()).isEqualTo(SHA);
    assertThat(requests).isZero();
  }

  @Test
  void downloadsAMissingFileIntoTheInputFolderThenUsesTheCopy() throws Exception {
    ManifestEntry entry = entry("Bilan 2030.pdf", SHA, Optional.of(url("/report.pdf")));
    assertThat(acquirer(true).acquire(entry).source()).isEqualTo(Acquired.Source.DOWNLOADED);
    assertThat(dir.resolve("input-pdfs/Bilan 2030.pdf")).hasBinaryContent(CONTENT);
    assertThat(acquirer(true).acquire(entry).source()).isEqualTo(Acquired.Source.LOCAL_COPY);
    assertThat(requests).isEqualTo(1);
  }

  @Test
  void refusesAFileWhoseChecksumDiffersAndSaysWhatToDo() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("Bilan 2030.pdf"), "something else");
    assertThatThrownBy(
            () -> acquirer(false, corpus).acquire(entry("Bilan 2030.pdf", SHA, Optional.empty())))
        .isInstanceOf(AcquisitionException.class)
        .hasMessageStartingWith("Bilan 2030.pdf: checksum mismatch")
        .hasMessageContaining("the manifest says " + SHA)
        .hasMessageContaining("replace it");
  }

  @Test
  void namesTheMissingFileAndHowToSupplyItWhenOffline() {
    assertThatThrownBy(
            () ->
                acquirer(false)
                    .acquire(entry("Bilan 2030.pdf", SHA, Optional.of(url("/report.pdf")))))
        .isInstanceOf(AcquisitionException.class)
        .hasMessageStartingWith("Bilan 2030.pdf: not found in")
        .hasMessageContaining("copy it into")
        .hasMessageContaining("/report.pdf");
  }

  @Test
  void reportsAFailedDownloadWithoutLeavingAPartialFile() throws IOException {
    assertThatThrownBy(
            () ->
                acquirer(true).acquire(entry("Bilan 2030.pdf", SHA, Optional.of(url("/gone.pdf")))))
        .isInstanceOf(AcquisitionException.class)
        .hasMessageContaining("HTTP 404");
    try (var files = Files.list(dir.resolve("input-pdfs"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void rejectsAManifestWithProblemsListingEachOne() throws IOException {
    Path manifest =
        Files.writeString(
            dir.resolve("manifest.json"),
            """
        {"reports": [{"file": "a.pdf", "sha256": "abc"}, {"year": 2030, "file": "../b.pdf", "sha256": "%s"}],
         "summaries": []}
        """
                .formatted(SHA));
    assertThatThrownBy(() -> Manifest.read(manifest))
        .isInstanceOf(InvalidManifestException.class)
        .hasMessageContaining("reports[0]: a report needs its year")
        .hasMessageContaining("reports[1]: file must be a plain file name");
  }

  @Test
  void readsTheCorpusManifest() throws Exception {
    Manifest manifest = Manifest.read(Path.of("input-pdfs/manifest.json"));
    assertThat(manifest.reports()).hasSize(5);
    assertThat(manifest.summaries()).hasSize(2);
  }
}
