package fr.beta.bilans.acquire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Fetches a public URL into a file, all or nothing: the target appears only once complete. The HTTP
 * client (and its TLS setup, a tenth of a second) is made at the first download only.
 */
public final class Downloader {

  private final Duration timeout;
  private HttpClient client;

  public Downloader(Duration timeout) {
    this.timeout = timeout;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  /** Downloads {@code url} to {@code target}; throws with the HTTP status or network error. */
  public void download(URI url, Path target) throws IOException {
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".download-", ".part");
    try {
      HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
      HttpResponse<Path> response = client().send(request, HttpResponse.BodyHandlers.ofFile(temp));
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + url);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
