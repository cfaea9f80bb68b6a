package org.aftercare.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens a client sees in English or Spanish take their words from the bundles, not from
 * string literals in the code. Scope, honestly: the source files listed below (every screen of
 * {@code ui/portal}, the sign-in page, the frame with the account menu, the shared widgets on the
 * client's home, and the client's library and worksheets), and only the usual ways of putting words
 * on a page — a component's constructor ({@code new Span("…")}, {@code new Button("…")}, {@code new
 * Dialog("…")}, or as the argument after one other, {@code new Anchor(href, "…")}), {@code
 * setText}, {@code setLabel}, {@code setHelperText}, {@code setHeaderTitle}, {@code setAriaLabel},
 * {@code setPlaceholder}, {@code setErrorMessage}, a menu's {@code addItem}, {@code
 * Notification.show} and {@code FieldErrors.showAt}, and a literal joined to text with {@code +}. A
 * literal counts as words when it starts with a capital letter or holds a space; ids, CSS classes,
 * keys and {@code tel:} links do neither. Staff screens are still English and not scanned.
 */
class ClientScreensSpeakFromBundlesTest {

  private static final Path SCREENS = Path.of("src/main/java/org/aftercare/ui");

  private static final List<String> SCANNED_OUTSIDE_PORTAL =
      List.of(
          "MainLayout.java",
          "security/LoginView.java",
          "components/CalendarFeedCard.java",
          "components/MilestoneText.java",
          "components/SessionTimes.java",
          "library/MyLibraryView.java",
          "library/WorksheetView.java");

  private static final String WORDS = "\"(?=[A-Z]|[^\"]* )[^\"]*\"";

  private static final Pattern WORDS_PUT_ON_A_PAGE =
      Pattern.compile(
          "(?:new\\s+[A-Z]\\w*(?:<[^>]*>)?(?:\\((?:[^;()\",]|\"[^\"]*\")*,)?|\\.(?:setText|setLabel|setHelperText|setHeaderTitle"
              + "|setAriaLabel|setPlaceholder|setErrorMessage|addItem)|Notification\\.show"
              + "|showAt\\([^,]+,)\\(?\\s*"
              + WORDS);

  /** Joined to other text: a capitalised word, or two words of two letters or more; not markup. */
  private static final String JOINED_WORDS =
      "\"(?!<)(?=[^A-Za-z\"]*[A-Z][a-z]|[^\"]*[A-Za-z]{2,} [A-Za-z]{2,})[^\"]*\"";

  private static final Pattern WORDS_JOINED =
      Pattern.compile(JOINED_WORDS + "\\s*\\+|\\+\\s*" + JOINED_WORDS);

  @Test
  void theDetectorFindsWordsInTheWaysItLooksFor() {
    assertThat(findings("add(new Span(\"Welcome back\"));")).hasSize(1);
    assertThat(findings("button.setText(\"Save\");")).hasSize(1);
    assertThat(findings("Notification.show(\"Saved.\", 3000, MIDDLE);")).hasSize(1);
    assertThat(findings("FieldErrors.showAt(field, \"Choose an answer.\");")).hasSize(1);
    assertThat(findings("new Paragraph(\"Opens at \" + time)")).isNotEmpty();
    assertThat(findings("new Anchor(\"board/\" + id, \"Group board\")")).hasSize(1);
    assertThat(findings("title = name + \", Welcome\";")).hasSize(1);
    assertThat(findings("style.set(\"transform \" + seconds + \"s ease-in-out\")")).isEmpty();
    assertThat(findings("new Anchor(\"tel:988\", getTranslation(\"support.call988\"))")).isEmpty();
    assertThat(findings("field.setId(\"check-in-mood\"); new Step(\"urge.step1\", 30, 0.8)"))
        .isEmpty();
  }

  @Test
  void theClientsScreensTakeTheirWordsFromTheBundles() throws IOException {
    List<Path> scanned = new ArrayList<>();
    try (Stream<Path> portal = Files.list(SCREENS.resolve("portal"))) {
      portal.filter(path -> path.toString().endsWith(".java")).forEach(scanned::add);
    }
    SCANNED_OUTSIDE_PORTAL.stream().map(SCREENS::resolve).forEach(scanned::add);
    assertThat(scanned).hasSizeGreaterThan(15);

    List<String> literals = new ArrayList<>();
    for (Path source : scanned) {
      String code = withoutComments(Files.readString(source));
      findings(code).forEach(found -> literals.add(source.getFileName() + ": " + found));
    }

    assertThat(literals).isEmpty();
  }

  private static List<String> findings(String code) {
    List<String> found = new ArrayList<>();
    for (Pattern pattern : List.of(WORDS_PUT_ON_A_PAGE, WORDS_JOINED)) {
      Matcher match = pattern.matcher(code);
      while (match.find()) {
        found.add(match.group());
      }
    }
    return found;
  }

  /** Javadoc and comments quote the words freely ("I need support now"). */
  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }
}
