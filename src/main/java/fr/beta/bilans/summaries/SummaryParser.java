package fr.beta.bilans.summaries;

import fr.beta.bilans.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a summary page of any shape with real parsers (commonmark with GitHub tables for the
 * Markdown, jsoup for the HTML blocks in it) into year sections of passages.
 *
 * <p>A page about one year (its front matter's {@code title} or {@code permalink}, or its first
 * level-1 heading, names the year: a report's transcription, "# Bilan 2021 du programme") is one
 * section of that year, and its headings that name dates ("En janvier 2024") date what is under
 * them. A page about several years opens a section at each heading shaped like its first year
 * heading ("## Bilan 2024", "### Bilan 2021 <a …>", "## Bilan 2023 (en construction)"); its other
 * dated headings date what is under them. Template tags (GitBook's {@code {% %}}, Liquid's {@code
 * {{ }}}), links to files, buttons and attributes are not text.
 */
public final class SummaryParser {

  private static final Pattern TEMPLATE_TAG =
      Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
          .build();

  public Summary parse(String file, String markdown) {
    // Template tags are not Markdown: each becomes a paragraph break.
    Node document = parser.parse(TEMPLATE_TAG.matcher(markdown).replaceAll("\n\n"));
    Optional<Told> page = pageYear(document);
    Builder builder = new Builder(page);
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      builder.add(node);
    }
    return new Summary(file, builder.sections(), page.map(Told::how).orElse("year headings"));
  }

  private record Told(int year, String how) {}

  /** The one year a page is about, from its front matter, else its first level-1 heading. */
  private static Optional<Told> pageYear(Node document) {
    YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
    document.accept(front);
    for (String key : List.of("title", "permalink")) {
      for (String value : front.getData().getOrDefault(key, List.of())) {
        Matcher m = YEAR.matcher(value);
        if (m.find()) {
          return Optional.of(new Told(Integer.parseInt(m.group(1)), "front matter " + key));
        }
      }
    }
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 1) {
        Matcher m = YEAR.matcher(plainText(h));
        return m.find()
            ? Optional.of(new Told(Integer.parseInt(m.group(1)), "first heading"))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Walks the page's blocks in order, keeping the current section and headings. */
  private static final class Builder {
    private final Optional<Told> page;
    private final List<Summary.Section> sections = new ArrayList<>();
    private final TreeMap<Integer, String> headings = new TreeMap<>();
    private int year;
    private String heading;
    private int level;
    private List<Summary.Passage> passages;
    private String sectionShape;
    private String lastParagraph = "";

    Builder(Optional<Told> page) {
      this.page = page;
      page.ifPresent(p -> open(p.year(), "", 1));
    }

    private void open(int year, String heading, int level) {
      close();
      this.year = year;
      this.heading = heading;
      this.level = level;
      this.passages = new ArrayList<>();
      headings.clear();
    }

    private void close() {
      if (passages != null) {
        sections.add(new Summary.Section(year, heading, passages));
        passages = null;
      }
    }

    List<Summary.Section> sections() {
      close();
      return sections;
    }

    void add(Node node) {
      if (node instanceof Heading h) {
        heading(h);
        lastParagraph = "";
        return;
      }
      if (passages == null) {
        return; // before the first year section of a page about several years
      }
      String dates = String.join(" / ", headings.values());
      if (node instanceof TableBlock table) {
        passages.addAll(MarkdownTables.passages(table, dates));
      } else if (node instanceof HtmlBlock html) {
        passages.addAll(HtmlText.passages(html.getLiteral(), dates));
      } else if (node instanceof ListBlock list) {
        // A list that a paragraph ending in ':' introduces is read with that paragraph.
        String intro = lastParagraph.strip().endsWith(":") ? lastParagraph : "";
        list(list, intro, dates);
      } else if (node instanceof Paragraph p) {
        lastParagraph = plainText(p);
        if (!lastParagraph.isBlank()) {
          passages.add(new Summary.Passage(lastParagraph, "", dates, Optional.empty(), false));
        }
        return;
      } else {
        paragraphs(node, dates);
      }
      lastParagraph = "";
    }

    private void heading(Heading h) {
      String text = plainText(h);
      Matcher y = YEAR.matcher(text);
      boolean named = y.find();
      if (page.isEmpty() && h.getLevel() >= 2 && named && sameShape(text)) {
        open(Integer.parseInt(y.group(1)), text, h.getLevel());
        return;
      }
      if (page.isEmpty() && passages != null && h.getLevel() <= level) {
        close(); // a heading of the section's level that names no year ends the section
        return;
      }
      headings.tailMap(h.getLevel(), true).clear();
      headings.put(h.getLevel(), text);
    }

    /** Whether a year heading is shaped like the page's first one: its first word. */
    private boolean sameShape(String text) {
      String shape = firstWord(text);
      if (sectionShape == null) {
        sectionShape = shape;
      }
      return sectionShape.equals(shape);
    }

    private void list(ListBlock list, String intro, String dates) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        String own = "";
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof ListBlock nested) {
            // A nested list is read with its item's words ("Animation du réseau : - 1 406 165 €").
            list(nested, own.isBlank() ? intro : own, dates);
          } else if (child instanceof Paragraph p) {
            String text = plainText(p);
            if (!text.isBlank()) {
              own = own.isBlank() ? text : own + " " + text;
              passages.add(new Summary.Passage(text, intro, dates, Optional.empty(), false));
            }
          } else {
            paragraphs(child, dates);
          }
        }
      }
    }

    private void paragraphs(Node node, String dates) {
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
              String text = plainText(paragraph);
              if (!text.isBlank()) {
                passages.add(new Summary.Passage(text, "", dates, Optional.empty(), false));
              }
            }
          });
    }
  }

  private static String firstWord(String text) {
    Matcher m = Pattern.compile("\\p{L}+").matcher(text);
    return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** The text of a node: its text and code, line breaks as spaces, inline HTML left out. */
  static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            text.append(' ');
          }
        });
    return normalize(text.toString());
  }

  static String normalize(String text) {
    return TextNormalizer.normalize(text).replaceAll("\\s+", " ").strip();
  }

  /** The GitHub tables of a page: one passage per cell, with its row label and column header. */
  static final class MarkdownTables {
    private MarkdownTables() {}

    static List<Summary.Passage> passages(TableBlock table, String dates) {
      List<String> header = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      table.accept(
          new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
              if (node instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                  if (c instanceof TableCell) {
                    cells.add(plainText(c));
                  }
                }
                if (row.getParent() instanceof TableHead) {
                  header.addAll(cells);
                } else {
                  rows.add(cells);
                }
              } else {
                visitChildren(node);
              }
            }
          });
      return cells(header, rows, dates, false);
    }
  }

  /** Passages of a table's body cells: every cell but the first of its row, its label. */
  static List<Summary.Passage> cells(
      List<String> header, List<List<String>> rows, String dates, boolean picture) {
    List<Summary.Passage> passages = new ArrayList<>();
    for (List<String> row : rows) {
      for (int i = 1; i < row.size(); i++) {
        if (!row.get(i).isBlank()) {
          passages.add(
              new Summary.Passage(
                  row.get(i),
                  "",
                  dates,
                  Optional.of(new Summary.Cell(row.get(0), i < header.size() ? header.get(i) : "")),
                  picture));
        }
      }
    }
    return passages;
  }
}
