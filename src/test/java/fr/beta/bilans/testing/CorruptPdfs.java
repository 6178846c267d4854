package fr.beta.bilans.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Bad PDFs made from good ones the tests build: cut, with a broken cross-reference table,
 * encrypted.
 */
public final class CorruptPdfs {

  private CorruptPdfs() {}

  /** A small valid report of {@code year} with one callout. */
  public static Path report(Path file, int year) throws IOException {
    return new PdfBuilder()
        .title("Bilan " + year + " beta.gouv.fr")
        .text(60, 50, 28, "ÉTAT DES LIEUX")
        .text(80, 200, 60, "41")
        .text(60, 230, 16, "investigations en cours")
        .write(file);
  }

  /**
   * A one-page PDF whose content stream never seems to end: {@code operators} path operators
   * (compressed, a few hundred kilobytes on disk), each of which a reader must process.
   */
  public static Path endless(Path file, int operators) throws IOException {
    try (PDDocument document = new PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      byte[] one = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
      org.apache.pdfbox.pdmodel.common.PDStream stream =
          new org.apache.pdfbox.pdmodel.common.PDStream(document);
      try (java.io.OutputStream out =
          stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        for (int i = 0; i < operators / 3; i++) {
          out.write(one);
        }
      }
      page.setContents(stream);
      document.save(file.toFile());
    }
    return file;
  }

  public static Path truncated(Path good, Path target) throws IOException {
    byte[] bytes = Files.readAllBytes(good);
    return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** Shifts every offset of the cross-reference table, as a bad rewrite of a file does. */
  public static Path brokenCrossReference(Path good, Path target) throws IOException {
    String text = new String(Files.readAllBytes(good), StandardCharsets.ISO_8859_1);
    int xref = text.lastIndexOf("\nxref") + 1;
    StringBuilder out = new StringBuilder(text.substring(0, xref));
    for (String line : text.substring(xref).split("\n", -1)) {
      if (line.matches("\\d{10} \\d{5} n\\s*")) {
        long offset = Long.parseLong(line.substring(0, 10)) + 7;
        out.append(String.format("%010d", offset)).append(line.substring(10)).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return Files.write(
        target, out.substring(0, out.length() - 1).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Encrypted with an owner password only: anyone may open it, only its owner may change it. */
  public static Path ownerPasswordOnly(Path good, Path target) throws IOException {
    return encrypt(good, target, "owner-secret", "");
  }

  public static Path userPassword(Path good, Path target, String password) throws IOException {
    return encrypt(good, target, "owner-secret", password);
  }

  private static Path encrypt(Path good, Path target, String owner, String user)
      throws IOException {
    try (PDDocument document = PDDocument.load(good.toFile())) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(target.toFile());
    }
    return target;
  }

  /** The page tree's /Kids emptied: the file opens but has no page. */
  public static Path emptyPageTree(Path good, Path target) throws IOException {
    String text = new String(Files.readAllBytes(good), StandardCharsets.ISO_8859_1);
    String damaged = text.replaceFirst("/Kids \\[[^\\]]*\\]", "/Kids []");
    if (damaged.equals(text)) {
      throw new IllegalStateException("no /Kids array to damage in " + good);
    }
    return Files.write(target, damaged.getBytes(StandardCharsets.ISO_8859_1));
  }
}
