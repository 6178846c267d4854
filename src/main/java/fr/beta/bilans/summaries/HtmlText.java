package fr.beta.bilans.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML block inside a Markdown page (DSFR callouts, lists, tables, a chart's
 * transcription), parsed with jsoup: each paragraph, list item, heading and loose text of a
 * container is a passage; each table cell a passage with its row label and column header.
 * Attributes are not text; links to files ("Télécharger … PDF – 604,58 KB"), buttons, scripts and
 * styles are left out. Text inside an element whose class names a transcription describes a
 * picture.
 */
final class HtmlText {

  private static final String TEXT_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, figcaption";

  private HtmlText() {}

  static List<Summary.Passage> passages(String html, String dates) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("a[download], a[href$=.pdf], button, script, style, svg, template").remove();
    List<Summary.Passage> passages = new ArrayList<>();
    for (Element table : doc.select("table")) {
      passages.addAll(table(table, dates));
      table.remove();
    }
    for (Element e : doc.body().getAllElements()) {
      String text;
      if (e.is(TEXT_BLOCKS)) {
        if (!e.select(TEXT_BLOCKS).stream().filter(x -> x != e).toList().isEmpty()) {
          text = ownText(e); // a list item holding a list: its own words only
        } else {
          text = e.text();
        }
      } else if (e.parents().stream().anyMatch(p -> p.is(TEXT_BLOCKS))) {
        continue; // read with its block
      } else {
        text = ownText(e); // words loose in a container ("Graphique en barre …")
      }
      String normalized = SummaryParser.normalize(text);
      if (!normalized.isBlank()) {
        passages.add(new Summary.Passage(normalized, "", dates, Optional.empty(), picture(e)));
      }
    }
    return passages;
  }

  private static String ownText(Element e) {
    StringBuilder text = new StringBuilder();
    for (org.jsoup.nodes.Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.text()).append(' ');
      } else if (child instanceof Element inline
          && inline.isBlock() == false
          && !inline.is(TEXT_BLOCKS)) {
        text.append(inline.text()).append(' ');
      }
    }
    return text.toString();
  }

  private static boolean picture(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.className().toLowerCase(java.util.Locale.ROOT).contains("transcription")) {
        return true;
      }
    }
    return false;
  }

  private static List<Summary.Passage> table(Element table, String dates) {
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      tr.select("th, td").forEach(c -> cells.add(SummaryParser.normalize(c.text())));
      boolean head =
          tr.parent() != null && tr.parent().is("thead")
              || (header.isEmpty() && rows.isEmpty() && tr.select("td").isEmpty());
      if (head) {
        header.addAll(cells);
      } else {
        rows.add(cells);
      }
    }
    return SummaryParser.cells(header, rows, dates, picture(table));
  }
}
