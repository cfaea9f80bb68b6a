package org.aftercare.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.PortalTranslations;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the core words by key ({@code InvalidInputException.worded(field, english, "key",
 * args…)}, {@code ConflictException.worded(english, "key", args…)}) has its key in both portal
 * bundles, and the bundle's words ask for no more {@code {n}} than the call passes arguments; else
 * {@link PortalTranslations#refusal} would show the key, or a bare {@code {1}}, instead of the
 * refusal. It reads the core's sources: comments are skipped, the arguments are split at the commas
 * outside strings and brackets. A call whose key is not a string literal is listed as such, so that
 * a key cannot escape the check by being computed.
 */
class CoreRefusalsHaveWordsTest {

  private static final Path CORE = Path.of("../tenant-core/src/main/java");
  private static final Path SCREENS = Path.of("src/main/java");

  /** The worded calls and where their key stands among their arguments. */
  private static final Map<String, Integer> KEY_AT =
      Map.of("InvalidInputException.worded(", 2, "ConflictException.worded(", 1, "new Phrase(", 0);

  private static final String NOT_FOUND = "new NotFoundException(";

  private static final ResourceBundle ENGLISH =
      PortalTranslations.bundleFor(PortalTranslations.ENGLISH);
  private static final ResourceBundle SPANISH =
      PortalTranslations.bundleFor(PortalTranslations.SPANISH);

  record Call(String where, String key, int arguments) {}

  @Test
  void everyWordedRefusalHasItsWordsInBothLanguages() throws IOException {
    List<Call> calls = calls();
    assertThat(calls).as("worded refusals found in tenant-core").hasSizeGreaterThan(20);
    assertThat(calls)
        .as("worded conflicts found in tenant-core")
        .anyMatch(call -> "refusal.groups.session.cancelled".equals(call.key()));

    Map<String, String> problems = new TreeMap<>();
    for (Call call : calls) {
      if (call.key() == null) {
        problems.put(call.where(), "the key is not a string literal");
        continue;
      }
      for (ResourceBundle bundle : List.of(ENGLISH, SPANISH)) {
        String language = bundle.getLocale().getLanguage();
        if (!bundle.containsKey(call.key())) {
          problems.put(call.where() + " " + language, call.key() + " is not in the bundle");
          continue;
        }
        int asked =
            new MessageFormat(bundle.getString(call.key())).getFormatsByArgumentIndex().length;
        if (asked > call.arguments()) {
          problems.put(
              call.where() + " " + language,
              call.key()
                  + " asks for "
                  + asked
                  + " arguments, the call passes "
                  + call.arguments());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The core words every refusal: one thrown with English alone would reach a Spanish reader in
   * English. (The REST API's own refusals, in integrations, answer in English on purpose.)
   */
  @Test
  void theCoreThrowsNoRefusalWithoutItsKey() throws IOException {
    List<String> plain = new ArrayList<>();
    for (Path source : sources(CORE)) {
      for (String type : List.of("InvalidInputException", "ConflictException")) {
        if (!source.endsWith(type + ".java")
            && withoutComments(Files.readString(source)).contains("new " + type + "(")) {
          plain.add(CORE.relativize(source) + " " + type);
        }
      }
    }
    assertThat(plain).isEmpty();
  }

  /**
   * A record not found is worded by its thing ({@code new NotFoundException("Mentor assignment")}
   * reads from {@code refusal.notFound.mentorAssignment}), in the core and in the screens. A thing
   * named by a constant is not checked here; a missing one reads as any record not found.
   */
  @Test
  void everyThingNotFoundHasItsWordsInBothLanguages() throws IOException {
    Map<String, String> problems = new TreeMap<>();
    int found = 0;
    for (Path root : List.of(CORE, SCREENS)) {
      for (Path source : sources(root)) {
        String code = withoutComments(Files.readString(source));
        for (int at = code.indexOf(NOT_FOUND); at >= 0; at = code.indexOf(NOT_FOUND, at + 1)) {
          List<String> arguments = arguments(code, at + NOT_FOUND.length());
          String what = arguments.size() == 1 ? literal(arguments.get(0)) : null;
          if (what == null) {
            continue;
          }
          found++;
          String key = NotFoundException.keyFor(what);
          for (ResourceBundle bundle : List.of(ENGLISH, SPANISH)) {
            if (!bundle.containsKey(key)) {
              problems.put(
                  root.relativize(source) + ":" + line(code, at) + " " + bundle.getLocale(),
                  key + " is not in the bundle");
            }
          }
          if (ENGLISH.containsKey(key)) {
            assertThat(PortalTranslations.in(PortalTranslations.ENGLISH, key))
                .as(key)
                .isEqualTo(new NotFoundException(what).getMessage());
          }
        }
      }
    }
    assertThat(found).as("things not found named in the code").isGreaterThan(30);
    assertThat(problems).isEmpty();
  }

  private static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static List<Call> calls() throws IOException {
    List<Call> calls = new ArrayList<>();
    List<Path> sources = sources(CORE);
    assertThat(sources).as("tenant-core sources under " + CORE.toAbsolutePath()).isNotEmpty();
    for (Path source : sources) {
      String code = withoutComments(Files.readString(source));
      for (Map.Entry<String, Integer> call : KEY_AT.entrySet()) {
        String name = call.getKey();
        int keyAt = call.getValue();
        for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
          List<String> arguments = arguments(code, at + name.length());
          String where = CORE.relativize(source) + ":" + line(code, at);
          String key = arguments.size() <= keyAt ? null : literal(arguments.get(keyAt));
          calls.add(new Call(where, key, Math.max(0, arguments.size() - keyAt - 1)));
        }
      }
    }
    return calls;
  }

  /** The arguments of the call whose "(" ends just before {@code from}, each trimmed. */
  private static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          String last = code.substring(start, i).trim();
          if (!last.isEmpty()) {
            arguments.add(last);
          }
          return arguments;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(code.substring(start, i).trim());
        start = i + 1;
      }
    }
    throw new IllegalStateException("Unclosed call at " + from);
  }

  /** The text of a lone string literal, or null for anything else (a name, a concatenation). */
  private static String literal(String argument) {
    if (argument.length() >= 2
        && argument.startsWith("\"")
        && endOfLiteral(argument, 0) == argument.length() - 1) {
      return argument.substring(1, argument.length() - 1);
    }
    return null;
  }

  /**
   * The index of the closing quote of the string, char or text-block literal opening at {@code i}.
   */
  private static int endOfLiteral(String code, int i) {
    char quote = code.charAt(i);
    if (quote == '"' && code.startsWith("\"\"\"", i)) {
      return code.indexOf("\"\"\"", i + 3) + 2;
    }
    for (int j = i + 1; j < code.length(); j++) {
      char c = code.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j;
      }
    }
    return code.length() - 1;
  }

  /** The code with its comments blanked out, lines and literals kept. */
  private static String withoutComments(String code) {
    StringBuilder out = new StringBuilder(code);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        end = end < 0 ? code.length() : end;
        blank(out, i, end);
        i = end;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        end = end < 0 ? code.length() : end + 2;
        blank(out, i, end);
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
  }

  private static int line(String code, int at) {
    return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
