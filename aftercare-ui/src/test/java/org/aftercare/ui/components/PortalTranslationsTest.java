package org.aftercare.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.audit.AuditAction;
import org.aftercare.checkins.Milestone;
import org.aftercare.coping.HaltNeed;
import org.aftercare.languages.PreferredLanguages;
import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things: every key in both, each value with the same {@code {0}}
 * arguments in both, none empty, none with a lone apostrophe (which {@link MessageFormat} would
 * swallow together with the words after it). The words the code asks for by a literal key, and
 * those it composes from the core's enums, exist.
 */
class PortalTranslationsTest {

  private static final ResourceBundle ENGLISH =
      PortalTranslations.bundleFor(PortalTranslations.ENGLISH);
  private static final ResourceBundle SPANISH =
      PortalTranslations.bundleFor(PortalTranslations.SPANISH);
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  /** A key written out where the code asks for words: getTranslation("…"), text(…, "…"), in(…). */
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "(?:getTranslation|PortalTranslations\\.in|\\btext|\\bin)\\((?:\\s*\\w+\\s*,)?\\s*"
              + "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

  @Test
  void everyKeyIsInBothLanguages() {
    assertThat(SPANISH.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
  }

  @Test
  void aKeyTakesTheSameArgumentsInBothLanguages() {
    Map<String, String> differing = new TreeMap<>();
    for (String key : ENGLISH.keySet()) {
      if (SPANISH.containsKey(key)
          && !arguments(ENGLISH.getString(key)).equals(arguments(SPANISH.getString(key)))) {
        differing.put(key, ENGLISH.getString(key) + " / " + SPANISH.getString(key));
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void noValueIsEmptyOrLosesWordsToAnApostrophe() {
    for (ResourceBundle bundle : Set.of(ENGLISH, SPANISH)) {
      for (String key : bundle.keySet()) {
        String value = bundle.getString(key);
        assertThat(value).as(key + " in " + bundle.getLocale()).isNotBlank();
        assertThat(value.replace("''", ""))
            .as(key + " in " + bundle.getLocale())
            .doesNotContain("'");
        assertThat(new MessageFormat(value, bundle.getLocale()).format(new Object[] {2, 3, 4}))
            .as(key + " in " + bundle.getLocale())
            .isNotBlank();
      }
    }
  }

  @Test
  void theWordsComposedFromTheCoresNamesExist() {
    for (HaltNeed need : HaltNeed.values()) {
      assertThat(ENGLISH.containsKey("coping.halt." + need.name())).as(need.name()).isTrue();
      for (int n = 1; n <= need.suggestions().size(); n++) {
        assertThat(ENGLISH.containsKey("coping.halt." + need.name() + "." + n))
            .as(need.name() + " suggestion " + n)
            .isTrue();
      }
      assertThat(
              ENGLISH.containsKey(
                  "coping.halt." + need.name() + "." + (need.suggestions().size() + 1)))
          .as("a suggestion the core no longer makes")
          .isFalse();
    }
    for (Milestone.Kind kind : Milestone.Kind.values()) {
      assertThat(ENGLISH.containsKey("milestone." + kind.name())).as(kind.name()).isTrue();
    }
    for (AuditAction action : AuditAction.values()) {
      assertThat(ENGLISH.containsKey("enum.AuditAction." + action.name()))
          .as("the audit screen's words for " + action.name())
          .isTrue();
    }
    for (String language : PreferredLanguages.OFFERED) {
      assertThat(ENGLISH.containsKey("account.language." + language)).as(language).isTrue();
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/aftercare/ui"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
        while (key.find()) {
          named.add(key.group(1));
        }
      }
    }
    assertThat(named).as("keys named in the screens' code").hasSizeGreaterThan(100);
    assertThat(named.stream().filter(key -> !ENGLISH.containsKey(key)).toList()).isEmpty();
  }

  @Test
  void spanishReadersGetSpanishWithTheirNumbers() {
    assertThat(PortalTranslations.in(Locale.forLanguageTag("es-US"), "checkin.note.tooLong", 1000))
        .isEqualTo("La nota puede tener hasta 1,000 caracteres.");
    assertThat(PortalTranslations.in(Locale.FRENCH, "checkin.title")).isEqualTo("Today");
    assertThat(PortalTranslations.in(PortalTranslations.SPANISH, "checkin.daysInRecovery", 1))
        .isEqualTo("día en recuperación");
  }

  private static Set<String> arguments(String value) {
    return ARGUMENT
        .matcher(value)
        .results()
        .map(match -> match.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
