package fr.beta.bilans.extract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a PDF's cross-reference table is sound, so that a report read only thanks to
 * PDFBox's repair (a scan of the whole file for objects) says so: the last {@code startxref}
 * must point at an {@code xref} table or a cross-reference stream, and the entries of a table
 * at their objects.
 */
final class CrossReferenceCheck {

  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
  private static final Pattern SUBSECTION = Pattern.compile("\\G\\s*(\\d+)\\s+(\\d+)\\s*[\\r\\n]+");
  private static final Pattern ENTRY = Pattern.compile("\\G(\\d{10}) (\\d{5}) ([nf])\\s{1,2}");

  private CrossReferenceCheck() {}

  /** Empty when sound; else what is wrong, in words. */
  static Optional<String> problem(Path pdf) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
      long length = file.length();
      String tail = read(file, Math.max(0, length - 2048), (int) Math.min(2048, length));
      Matcher start = STARTXREF.matcher(tail);
      long offset = -1;
      while (start.find()) {
        offset = Long.parseLong(start.group(1));
      }
      if (offset < 0) {
        return Optional.of("no startxref at the end of the file");
      }
      if (offset >= length) {
        return Optional.of("startxref points past the end of the file");
      }
      String at = read(file, offset, 32);
      if (at.matches("(?s)\\s*\\d+\\s+\\d+\\s+obj.*")) {
        return Optional.empty(); // a cross-reference stream: PDFBox checks it as it parses
      }
      if (!at.startsWith("xref")) {
        return Optional.of("startxref does not point at a cross-reference table");
      }
      return badEntry(file, offset + 4, length);
    }
  }

  private static Optional<String> badEntry(RandomAccessFile file, long from, long length) throws IOException {
    String table = read(file, from, (int) Math.min(length - from, 4_000_000));
    Matcher sub = SUBSECTION.matcher(table);
    int position = 0;
    while (sub.find(position) && sub.start() == position) {
      long first = Long.parseLong(sub.group(1));
      int count = Integer.parseInt(sub.group(2));
      position = sub.end();
      Matcher entry = ENTRY.matcher(table);
      for (int i = 0; i < count; i++) {
        if (!entry.find(position) || entry.start() != position) {
          return Optional.of("the cross-reference table is cut short");
        }
        position = entry.end();
        if (entry.group(3).equals("n")) {
          long objectOffset = Long.parseLong(entry.group(1));
          String object = objectOffset < length ? read(file, objectOffset, 24) : "";
          if (!object.matches("(?s)\\s*" + (first + i) + "\\s+" + Integer.parseInt(entry.group(2)) + "\\s+obj.*")) {
            return Optional.of("object " + (first + i) + " is not where the cross-reference table says");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String read(RandomAccessFile file, long offset, int length) throws IOException {
    byte[] bytes = new byte[Math.max(0, length)];
    file.seek(offset);
    int n = file.read(bytes);
    return new String(bytes, 0, Math.max(0, n), StandardCharsets.ISO_8859_1);
  }
}
