package fr.beta.bilans.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ids of the catalog's enums as written in files and outputs: the constant's name in lowercase.
 */
final class EnumIds {

  private EnumIds() {}

  static String id(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} with this id; the message lists the ids allowed. */
  static <E extends Enum<E>> E fromId(Class<E> type, String what, String id) {
    for (E constant : type.getEnumConstants()) {
      if (id(constant).equals(id)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + what
            + " '"
            + id
            + "' (expected "
            + Arrays.stream(type.getEnumConstants())
                .map(EnumIds::id)
                .collect(Collectors.joining(", "))
            + ")");
  }
}
