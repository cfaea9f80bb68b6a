package org.aftercare.shared;

import java.util.Locale;

/**
 * Case-insensitive "contains" searches: the text a user typed, with LIKE's wildcards escaped so
 * that a typed {@code %} or {@code _} matches itself. Compare against the lower-cased column.
 */
public final class LikePattern {

  public static final char ESCAPE = '\\';

  private LikePattern() {}

  public static String containing(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
