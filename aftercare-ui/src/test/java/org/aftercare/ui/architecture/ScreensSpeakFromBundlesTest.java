package org.aftercare.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftercare.ui.components.PortalTranslations;
import org.junit.jupiter.api.Test;

/**
 * The screens read in English or Spanish take their words from the bundles, not from string
 * literals in the code. Scope, honestly: every source file under {@code ui/}, the client's portal
 * and every staff, operator, error and sign-in screen with the widgets they share, except the few
 * files in {@link #NO_READERS_LANGUAGE}, which answer below any page and have no reader's language.
 * It looks only at the usual ways of putting words on a page — a component's constructor ({@code
 * new Span("…")}, {@code new Button("…")}, {@code new Dialog("…")}, or as the argument after one
 * other, {@code new Anchor(href, "…")}), {@code setText}, {@code setLabel}, {@code setHelperText},
 * {@code setHeaderTitle}, {@code setAriaLabel}, {@code setPlaceholder}, a grid column's {@code
 * setHeader} (not an HTTP response's, which takes two), {@code setEmptyStateText}, {@code
 * setEmptySelectionCaption}, {@code setTooltipText}, {@code setErrorMessage} (called on a component
 * or, inside one, on itself), a menu's {@code addItem}, {@code Notification.show} and {@code
 * FieldErrors.showAt}, a literal joined to text with {@code +}, a literal chosen by {@code ? :},
 * and a {@code @PageTitle} (pages name themselves through {@code HasDynamicTitle}). A literal
 * counts as words when it starts with a capital letter or holds a space; ids, CSS classes, keys and
 * {@code tel:} links do neither. The record a {@code RouteId} or an exception names ({@code
 * "Session"}) is for logs, not the page, and is not counted; nor is a line for the server's log
 * ({@code LOG.info(…)}), which operators read in English. Not looked at: item label generators,
 * {@code @Menu} titles (the side navigation reads {@code nav.<path>}), and words passed to a method
 * of our own ({@code openDialog("Move this session", …)}).
 */
class ScreensSpeakFromBundlesTest {

  private static final Path SCREENS = Path.of("src/main/java/org/aftercare/ui");

  /** Files that answer below any page, in no reader's language; each says why. */
  private static final List<String> NO_READERS_LANGUAGE =
      List.of(
          // The servlet container's own error page: it answers when Vaadin and the session may be
          // gone, before anyone's language is known, and the REST API's problems are English.
          "errors/ServerErrorPage.java",
          // Page-wide settings: an inline script registering the service worker, no words.
          "AppShell.java");

  private static final String WORDS = "\"(?=[A-Z]|[^\"]* )[^\"]*\"";

  private static final Pattern WORDS_PUT_ON_A_PAGE =
      Pattern.compile(
          "(?:new\\s+(?!\\w*Exception\\b|RouteId\\b)[A-Z]\\w*(?:<[^>]*>)?(?:\\((?:[^;()\",]|\"[^\"]*\")*,)?|(?:\\.|\\b)(?:setText|setLabel|setHelperText|setHeaderTitle"
              + "|setAriaLabel|setPlaceholder|setErrorMessage|addItem|setEmptyStateText"
              + "|setEmptySelectionCaption|setTooltipText)|(?:\\.|\\b)setHeader\\((?=\\s*\"[^\"]*\"\\s*\\))|Notification\\.show"
              + "|showAt\\([^,]+,)\\(?\\s*"
              + WORDS);

  /** Joined to other text: a capitalised word, or two words of two letters or more; not markup. */
  private static final String JOINED_WORDS =
      "\"(?!<)(?=[^A-Za-z\"]*[A-Z][a-z]|[^\"]*[A-Za-z]{2,} [A-Za-z]{2,})[^\"]*\"";

  private static final Pattern WORDS_JOINED =
      Pattern.compile(JOINED_WORDS + "\\s*\\+|\\+\\s*" + JOINED_WORDS);

  /**
   * Chosen by {@code ? :}, either branch, the other a literal or a simple call; words as when
   * joined, so the path letters of an SVG ({@code "M"}) and separators ({@code " · "}) pass.
   */
  private static final Pattern WORDS_CHOSEN =
      Pattern.compile(
          "\\?\\s*"
              + JOINED_WORDS
              + "\\s*:|\\?\\s*(?:\"[^\"]*\"|[\\w.]+(?:\\([^()]*\\))?)\\s*:\\s*"
              + JOINED_WORDS);

  private static final Pattern PAGE_TITLE = Pattern.compile("@PageTitle\\(\\s*" + WORDS);

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
    assertThat(findings("setPlaceholder(\"Search by name\");")).hasSize(1);
    assertThat(findings("new Badge(active ? \"Active\" : text(\"clinics.badge\"))")).hasSize(1);
    assertThat(findings("new Button(done ? text(\"a.save\") : \"Sign consent\")")).hasSize(1);
    assertThat(findings("getTranslation(active ? \"clinics.suspend\" : \"clinics.action\")"))
        .isEmpty();
    assertThat(findings("path(first ? \"M\" : \"L\"); s = last ? \"\" : \" · \";")).isEmpty();
    assertThat(findings("@PageTitle(\"Library · Aftercare\")")).hasSize(1);
    assertThat(findings(withoutLogLines("LOG.info(\"Stopping after \" + seconds + \" s\");")))
        .isEmpty();
  }

  @Test
  void theScreensTakeTheirWordsFromTheBundles() throws IOException {
    List<Path> scanned;
    try (Stream<Path> sources = Files.walk(SCREENS)) {
      scanned =
          sources
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> !NO_READERS_LANGUAGE.contains(relative(path)))
              .toList();
    }
    assertThat(scanned).hasSizeGreaterThan(150);
    assertThat(NO_READERS_LANGUAGE).allMatch(file -> Files.exists(SCREENS.resolve(file)));

    List<String> literals = new ArrayList<>();
    for (Path source : scanned) {
      String code = withoutLogLines(withoutComments(Files.readString(source)));
      findings(code).forEach(found -> literals.add(relative(source) + ": " + found));
    }

    assertThat(literals).isEmpty();
  }

  /** The side navigation names each {@code @Menu} page from the bundles, not its English title. */
  @Test
  void everyPageInTheMenuIsNamedInTheBundles() throws IOException {
    Pattern route = Pattern.compile("@Route\\(\"([^\"]*)\"");
    List<String> unnamed = new ArrayList<>();
    int menuPages = 0;
    try (Stream<Path> sources = Files.walk(SCREENS)) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        String code = withoutComments(Files.readString(source));
        Matcher path = route.matcher(code);
        if (code.contains("@Menu(") && path.find()) {
          menuPages++;
          if (!PortalTranslations.has("nav." + path.group(1))) {
            unnamed.add(relative(source) + ": nav." + path.group(1));
          }
        }
      }
    }

    assertThat(menuPages).isGreaterThan(10);
    assertThat(unnamed).isEmpty();
  }

  /**
   * Vaadin's own words in a component are English unless the code gives them: a confirm dialog's
   * Cancel, a date picker's months, weekdays, Today and Cancel, an upload's button and messages.
   * The screens make these components in the one place that gives them the reader's words.
   */
  @Test
  void componentsWithWordsOfTheirOwnAreMadeWhereTheyAreTranslated() throws IOException {
    Map<String, String> madeIn =
        Map.of(
            "new ConfirmDialog(", "components/Confirmation.java",
            "new DatePicker(", "components/Pickers.java",
            "new DateTimePicker(", "components/Pickers.java",
            "new TimePicker(", "components/Pickers.java",
            "new MultiSelectComboBox<", "components/Pickers.java",
            "new Upload(", "components/Uploads.java");
    List<String> elsewhere = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(SCREENS)) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        String code = withoutComments(Files.readString(source));
        madeIn.forEach(
            (construction, place) -> {
              if (code.contains(construction) && !relative(source).equals(place)) {
                elsewhere.add(relative(source) + ": " + construction);
              }
            });
      }
    }
    assertThat(elsewhere).isEmpty();
  }

  private static List<String> findings(String code) {
    List<String> found = new ArrayList<>();
    for (Pattern pattern : List.of(WORDS_PUT_ON_A_PAGE, WORDS_JOINED, WORDS_CHOSEN, PAGE_TITLE)) {
      Matcher match = pattern.matcher(code);
      while (match.find()) {
        found.add(match.group());
      }
    }
    return found;
  }

  private static String relative(Path source) {
    return SCREENS.relativize(source).toString().replace('\\', '/');
  }

  /** Lines for the server's log are read by operators, in English, not shown on a page. */
  private static String withoutLogLines(String code) {
    return code.replaceAll("(?s)\\bLOG\\.\\w+\\(.*?\\);", "");
  }

  /**
   * Javadoc and comments quote the words freely ("I need support now"). A line comment starts a
   * line or follows a space, which keeps {@code "https://…"} in the code.
   */
  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "");
  }
}
