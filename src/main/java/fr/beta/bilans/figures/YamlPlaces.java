package fr.beta.bilans.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as nodes with their places, checked against the records a mapper will fill:
 * every key no record knows is reported at once (not only the first), with its line and column, and
 * the place of every path ({@code metrics[3].patterns[1]}) is kept for the problems found later. A
 * metric's path names its id: {@code metrics[3] (services_active)}.
 */
final class YamlPlaces {

  private final Map<String, Mark> places = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final List<String> unknownKeys = new ArrayList<>();

  private YamlPlaces() {}

  /** A syntax error, told once with its own line and column. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  static YamlPlaces read(String text, Class<?> root) throws SyntaxError {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where =
          mark == null
              ? ""
              : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      throw new SyntaxError("not valid YAML" + where + ": " + e.getProblem());
    } catch (RuntimeException e) {
      throw new SyntaxError("not valid YAML: " + e.getMessage());
    }
    YamlPlaces places = new YamlPlaces();
    if (node != null) {
      places.walk(node, root, "");
    }
    return places;
  }

  /** Every key no record knows, its path naming the metric's id. */
  List<String> unknownKeys() {
    return unknownKeys.stream()
        .map(
            problem -> {
              int colon = problem.indexOf(": ");
              return named(problem.substring(0, colon)) + problem.substring(colon);
            })
        .toList();
  }

  /**
   * The problem with its path's metric id and its place: {@code metrics[3]
   * (services_active).patterns[1] (line 40, column 9): …}.
   */
  String locate(String problem) {
    int colon = problem.indexOf(": ");
    if (colon < 0) {
      return problem;
    }
    String path = problem.substring(0, colon);
    Optional<Mark> mark = markOf(path);
    return named(path)
        + mark.map(m -> " (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
            .orElse("")
        + problem.substring(colon);
  }

  private Optional<Mark> markOf(String path) {
    // The place of the path, else of its closest parent that has one.
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      if (places.containsKey(p)) {
        return Optional.of(places.get(p));
      }
    }
    return Optional.empty();
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private String named(String path) {
    StringBuilder out = new StringBuilder(path);
    names.forEach(
        (prefix, name) -> {
          String text = out.toString();
          if (text.equals(prefix)
              || text.startsWith(prefix + ".")
              || text.startsWith(prefix + "[")) {
            out.insert(prefix.length(), " (" + name + ")");
          }
        });
    return out.toString();
  }

  private void walk(Node node, Type type, String path) {
    places.putIfAbsent(path, node.getStartMark());
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (node instanceof SequenceNode seq && List.class.isAssignableFrom(raw)) {
      Type item =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      for (int i = 0; i < seq.getValue().size(); i++) {
        walk(seq.getValue().get(i), item, path + "[" + i + "]");
      }
    } else if (node instanceof MappingNode map && raw.isRecord()) {
      Map<String, RecordComponent> known = new LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
          try {
            property = raw.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
          } catch (NoSuchFieldException e) {
            property = null;
          }
        }
        known.put(property != null ? property.value() : c.getName(), c);
      }
      for (NodeTuple tuple : map.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          continue;
        }
        String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
        if (key.getValue().equals("id") && tuple.getValueNode() instanceof ScalarNode id) {
          names.put(path, id.getValue());
        }
        RecordComponent component = known.get(key.getValue());
        if (component == null) {
          Mark m = key.getStartMark();
          unknownKeys.add(
              (path.isEmpty() ? "(top)" : path)
                  + ": unknown key '"
                  + key.getValue()
                  + "' (line "
                  + (m.getLine() + 1)
                  + ", column "
                  + (m.getColumn() + 1)
                  + "; known: "
                  + known.keySet().stream().sorted().collect(Collectors.joining(", "))
                  + ")");
        } else {
          places.putIfAbsent(child, tuple.getValueNode().getStartMark());
          walk(tuple.getValueNode(), component.getGenericType(), child);
        }
      }
    }
  }
}
