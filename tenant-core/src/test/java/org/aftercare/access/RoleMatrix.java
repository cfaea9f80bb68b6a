package org.aftercare.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads {@code role-matrix.txt}: class lines, then one line per public method and who may call. */
final class RoleMatrix {

  private RoleMatrix() {}

  /** The matrix without comments or blank lines, each method line in canonical form. */
  static List<String> load() {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(RoleMatrix.class.getResourceAsStream("role-matrix.txt")),
                StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isClassLine(String line) {
    return !line.startsWith(" ");
  }

  static String methodOf(String line) {
    return line.trim().split("\\s+")[0];
  }

  /** A method line with its roles in the enum's order, so the file may list them in any order. */
  static String canonical(String line) {
    if (isClassLine(line)) {
      return line;
    }
    String[] parts = line.trim().split("\\s+");
    String who =
        String.join(
            " ",
            Arrays.stream(parts, 1, parts.length)
                .sorted(Comparator.comparingInt(RoleMatrix::order))
                .toList());
    return line(parts[0], who);
  }

  static String line(String method, String who) {
    return "  %-24s %s".formatted(method, who);
  }

  static List<Method> publicMethods(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getName().equals(name))
        .filter(RoleMatrix::isServiceMethod)
        .toList();
  }

  static boolean isServiceMethod(Method method) {
    return Modifier.isPublic(method.getModifiers())
        && !Modifier.isStatic(method.getModifiers())
        && !method.isSynthetic()
        && !method.isBridge();
  }

  private static int order(String who) {
    try {
      return Role.valueOf(who).ordinal();
    } catch (IllegalArgumentException notARole) {
      return -1;
    }
  }
}
