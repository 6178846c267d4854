package fr.beta.bilans.summaries;

import fr.beta.bilans.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a GitBook Markdown summary page with a real Markdown parser (commonmark): front matter and
 * GitBook's {@code {% file %}} / {@code {% hint %}} tags are set aside, headings that name a year
 * open a section ("## Bilan 2024", "### Bilan 2022 <a …>"), and the text of each paragraph (list
 * items, bold and all) is kept, its entities decoded and its characters normalized.
 */
public final class SummaryParser {

  private static final Pattern GITBOOK_TAG = Pattern.compile("\\{%.*?%\\}", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

  private final Parser parser =
      Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();

  public Summary parse(String file, String markdown) {
    // GitBook tags are template syntax, not Markdown: each becomes a paragraph break.
    Node document = parser.parse(GITBOOK_TAG.matcher(markdown).replaceAll("\n\n"));
    List<Summary.Section> sections = new ArrayList<>();
    SectionBuilder current = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        String text = plainText(heading);
        Matcher year = YEAR.matcher(text);
        if (heading.getLevel() >= 2 && year.find()) {
          if (current != null) {
            sections.add(current.build());
          }
          current = new SectionBuilder(Integer.parseInt(year.group(1)), text, heading.getLevel());
        } else if (current != null && heading.getLevel() <= current.level) {
          sections.add(current.build());
          current = null;
        }
      } else if (current != null) {
        collectParagraphs(node, current.paragraphs);
      }
    }
    if (current != null) {
      sections.add(current.build());
    }
    return new Summary(file, sections);
  }

  private static final class SectionBuilder {
    private final int year;
    private final String heading;
    private final int level;
    private final List<String> paragraphs = new ArrayList<>();

    SectionBuilder(int year, String heading, int level) {
      this.year = year;
      this.heading = heading;
      this.level = level;
    }

    Summary.Section build() {
      return new Summary.Section(year, heading, paragraphs);
    }
  }

  private static void collectParagraphs(Node node, List<String> paragraphs) {
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            String text = plainText(paragraph);
            if (!text.isBlank()) {
              paragraphs.add(text);
            }
          }
        });
  }

  /** The text of a node: its text and code, line breaks as spaces, inline HTML left out. */
  private static String plainText(Node node) {
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
    return TextNormalizer.normalize(text.toString()).replaceAll("\\s+", " ").strip();
  }
}
