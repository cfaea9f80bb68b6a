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
 * The screens read in English or Spanish take their words from the bundles, not from string
 * literals in the code. Scope, honestly: every source file of the packages listed below (the
 * client's {@code ui/portal} and the staff screens), the files listed outside them (the sign-in,
 * password and error pages, the frame with the account menu, the shared widgets on the client's
 * home, and the client's library and worksheets; not the servlet-level error page, which has no
 * reader's language), and only the usual ways of putting words on a page — a component's
 * constructor ({@code new Span("…")}, {@code new Button("…")}, {@code new Dialog("…")}, or as the
 * argument after one other, {@code new Anchor(href, "…")}), {@code setText}, {@code setLabel},
 * {@code setHelperText}, {@code setHeaderTitle}, {@code setAriaLabel}, {@code setPlaceholder}, a
 * grid column's {@code setHeader} (not an HTTP response's, which takes two), {@code
 * setEmptyStateText}, {@code setEmptySelectionCaption}, {@code setTooltipText}, {@code
 * setErrorMessage}, a menu's {@code addItem}, {@code Notification.show} and {@code
 * FieldErrors.showAt}, and a literal joined to text with {@code +}. A literal counts as words when
 * it starts with a capital letter or holds a space; ids, CSS classes, keys and {@code tel:} links
 * do neither. The record a {@code RouteId} or an exception names ({@code "Session"}) is for logs,
 * not the page, and is not counted. Not looked at: item label generators, {@code @PageTitle} and
 * {@code @Menu} titles, and words passed to a method of our own ({@code openDialog("Move this
 * session", …)}); the packages not listed are still English.
 */
class ScreensSpeakFromBundlesTest {

  private static final Path SCREENS = Path.of("src/main/java/org/aftercare/ui");

  /** Whole packages: the client's portal, then the staff screens as they were converted. */
  private static final List<String> SCANNED_PACKAGES =
      List.of(
          "portal",
          "groups",
          "clients",
          "engagement",
          "outcomes",
          "board",
          "calendar",
          "sharing",
          "staff",
          "settings");

  private static final List<String> SCANNED_OUTSIDE_PACKAGES =
      List.of(
          "MainLayout.java",
          "security/LoginView.java",
          "security/ChangePasswordView.java",
          "security/ForgotPasswordView.java",
          "security/ResetPasswordView.java",
          "security/NewPasswordFields.java",
          "errors/ErrorPage.java",
          "errors/AccessDeniedView.java",
          "errors/NotOpenToYouView.java",
          "errors/RecordNotFoundView.java",
          "errors/UnexpectedErrorView.java",
          "errors/PortalErrorHandler.java",
          "components/CalendarFeedCard.java",
          "components/MilestoneText.java",
          "components/SessionTimes.java",
          "library/MyLibraryView.java",
          "library/WorksheetView.java");

  private static final String WORDS = "\"(?=[A-Z]|[^\"]* )[^\"]*\"";

  private static final Pattern WORDS_PUT_ON_A_PAGE =
      Pattern.compile(
          "(?:new\\s+(?!\\w*Exception\\b|RouteId\\b)[A-Z]\\w*(?:<[^>]*>)?(?:\\((?:[^;()\",]|\"[^\"]*\")*,)?|\\.(?:setText|setLabel|setHelperText|setHeaderTitle"
              + "|setAriaLabel|setPlaceholder|setErrorMessage|addItem|setEmptyStateText"
              + "|setEmptySelectionCaption|setTooltipText)|\\.setHeader\\((?=\\s*\"[^\"]*\"\\s*\\))|Notification\\.show"
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
    assertThat(findings("grid.addColumn(Group::name).setHeader(\"Name\");")).hasSize(1);
    assertThat(findings("response.setHeader(\"Cache-Control\", \"no-store\");")).isEmpty();
    assertThat(findings("Notification.show(\"Saved.\", 3000, MIDDLE);")).hasSize(1);
    assertThat(findings("FieldErrors.showAt(field, \"Choose an answer.\");")).hasSize(1);
    assertThat(findings("new Paragraph(\"Opens at \" + time)")).isNotEmpty();
    assertThat(findings("new Anchor(\"board/\" + id, \"Group board\")")).hasSize(1);
    assertThat(findings("title = name + \", Welcome\";")).hasSize(1);
    assertThat(findings("style.set(\"transform \" + seconds + \"s ease-in-out\")")).isEmpty();
    assertThat(findings("new Anchor(\"tel:988\", getTranslation(\"support.call988\"))")).isEmpty();
    assertThat(findings("new RouteId(\"groupId\", \"Group\"); new NotFoundException(\"Session\")"))
        .isEmpty();
    assertThat(findings("field.setId(\"check-in-mood\"); new Step(\"urge.step1\", 30, 0.8)"))
        .isEmpty();
  }

  @Test
  void theScreensTakeTheirWordsFromTheBundles() throws IOException {
    List<Path> scanned = new ArrayList<>();
    for (String screens : SCANNED_PACKAGES) {
      try (Stream<Path> sources = Files.list(SCREENS.resolve(screens))) {
        sources.filter(path -> path.toString().endsWith(".java")).forEach(scanned::add);
      }
    }
    SCANNED_OUTSIDE_PACKAGES.stream().map(SCREENS::resolve).forEach(scanned::add);
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

  /**
   * Javadoc and comments quote the words freely ("I need support now"). A line comment starts a
   * line or follows a space, which keeps {@code "https://…"} in the code.
   */
  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "");
  }
}
