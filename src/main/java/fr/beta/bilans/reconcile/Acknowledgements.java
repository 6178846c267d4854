package fr.beta.bilans.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The known problems of {@code acknowledged.yaml}, read strictly: an unknown key, a missing field,
 * a value that is not a number or a date that is not {@code YYYY-MM-DD} makes the whole file
 * invalid, every problem listed at once.
 */
public final class Acknowledgements {

  public static final Acknowledgements NONE = new Acknowledgements(List.of());

  record RawFile(List<RawEntry> acknowledged) {}

  record RawEntry(String problem, List<BigDecimal> values, String reason, String by, String on) {}

  private final List<Acknowledgement> entries;

  public Acknowledgements(List<Acknowledgement> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Acknowledgements load(Path file) throws InvalidAcknowledgementsException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    RawFile raw;
    String text = "";
    try {
      text = Files.readString(file);
      raw = yaml.readValue(text, RawFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidAcknowledgementsException(
          file,
          List.of(
              "unknown key '"
                  + e.getPropertyName()
                  + "'"
                  + keyPlace(text, e.getPropertyName()).orElse(where(e))
                  + " (known: problem, values, reason, by, on)"));
    } catch (JsonMappingException e) {
      throw new InvalidAcknowledgementsException(file, List.of(e.getOriginalMessage() + where(e)));
    } catch (JsonProcessingException e) {
      throw new InvalidAcknowledgementsException(
          file, List.of("not valid YAML: " + e.getOriginalMessage() + where(e)));
    } catch (IOException e) {
      throw new InvalidAcknowledgementsException(file, List.of("cannot read it: " + e));
    }
    if (raw == null || raw.acknowledged() == null) {
      return NONE; // an empty file, or one with only comments: nothing acknowledged
    }
    List<String> problems = new ArrayList<>();
    List<Acknowledgement> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < raw.acknowledged().size(); i++) {
      RawEntry e = raw.acknowledged().get(i);
      String name =
          "entry " + (i + 1) + (e != null && e.problem() != null ? " (" + e.problem() + ")" : "");
      if (e == null) {
        problems.add(name + ": empty");
        continue;
      }
      List<String> own = new ArrayList<>();
      if (blank(e.problem())) {
        own.add("'problem' is missing: copy the problem's id from run.json or reconciliation.json");
      } else if (!e.problem().contains(":")) {
        own.add("'problem' is not a problem id (such as claim:SUMMARY:METRIC:PERIOD)");
      }
      if (e.values() == null || e.values().isEmpty() || e.values().contains(null)) {
        own.add("'values' is missing: the values of the problem when it was acknowledged");
      }
      if (blank(e.reason())) {
        own.add("'reason' is missing: say why the problem is accepted");
      }
      if (blank(e.by())) {
        own.add("'by' is missing: who acknowledged it");
      }
      LocalDate on = null;
      if (blank(e.on())) {
        own.add("'on' is missing: the date, as YYYY-MM-DD");
      } else {
        try {
          on = LocalDate.parse(e.on().trim());
        } catch (DateTimeParseException x) {
          own.add("'on' is not a date as YYYY-MM-DD: " + e.on());
        }
      }
      own.forEach(p -> problems.add(name + ": " + p));
      if (own.isEmpty()) {
        Acknowledgement ack =
            new Acknowledgement(
                e.problem().trim(), e.values(), e.reason().trim(), e.by().trim(), on);
        if (!seen.add(ack.problem() + ack.values())) {
          problems.add(name + ": acknowledged twice");
        }
        entries.add(ack);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidAcknowledgementsException(file, problems);
    }
    return new Acknowledgements(entries);
  }

  /** The acknowledgement of this very problem with these very values, if any. */
  public Optional<Acknowledgement> of(Problem problem) {
    return entries.stream().filter(a -> a.covers(problem)).findFirst();
  }

  /** The acknowledgement of a claim when it disagrees and its disagreement is acknowledged. */
  public Optional<Acknowledgement> of(ClaimCheck check) {
    return check.status() == ClaimStatus.DISAGREES ? of(Problem.of(check)) : Optional.empty();
  }

  /** The acknowledgement of a cross-check when it failed and its failure is acknowledged. */
  public Optional<Acknowledgement> of(Finding finding) {
    return finding.passed() ? Optional.empty() : of(Problem.of(finding));
  }

  /** An acknowledgement of the same problem made when its values were others. */
  public Optional<Acknowledgement> outdated(Problem problem) {
    return entries.stream()
        .filter(a -> a.problem().equals(problem.id()) && !a.covers(problem))
        .findFirst();
  }

  /** Acknowledgements that match no problem any more: the problem is gone or was fixed. */
  public List<Acknowledgement> unused(Collection<Problem> problems) {
    return entries.stream()
        .filter(a -> problems.stream().noneMatch(p -> p.id().equals(a.problem())))
        .toList();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Where a key is written: the parser reports the token after it, which is on another line when
   * the key's value is.
   */
  private static Optional<String> keyPlace(String text, String key) {
    Pattern written = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:");
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = written.matcher(lines.get(i));
      if (m.find()) {
        return Optional.of(" (line " + (i + 1) + ", column " + (m.group(1).length() + 1) + ")");
      }
    }
    return Optional.empty();
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
