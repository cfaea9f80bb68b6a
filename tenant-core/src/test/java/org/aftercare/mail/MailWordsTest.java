package org.aftercare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.board.BoardDigest;
import org.aftercare.groups.GroupNotices;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.identity.ResetMails;
import org.aftercare.staff.StaffInvitations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Client mails in their language: Spanish where the client reads Spanish, English for every other
 * language (never the server's), and each mail's two bundles with the same keys and placeholders.
 */
class MailWordsTest {

  private static final ZonedDateTime TUESDAY_SIX_PM =
      ZonedDateTime.of(2026, 12, 1, 18, 0, 0, 0, ZoneId.of("America/Chicago"));

  @Test
  void aSpanishReaderGetsSpanishWordsAndDates() {
    MailWords words = MailWords.of(GroupNotices.class, "es");

    assertThat(words.text("reminder.subject", words.dates("reminder.at").format(TUESDAY_SIX_PM)))
        .isEqualTo("Recordatorio: su sesión del mar 1 de dic 18:00");
    assertThat(words.dates("when").format(TUESDAY_SIX_PM)).startsWith("martes 1 de diciembre");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "fr", "zh-Hant"})
  void everyOtherLanguageReadsEnglish(String language) {
    MailWords words = MailWords.of(GroupNotices.class, language);

    assertThat(
            words.text("reminder.body", words.dates("when").format(TUESDAY_SIX_PM), "https://p/"))
        .isEqualTo(
            "This is a reminder of your session on Tuesday 1 December 2026 at 18:00 (CST).\n\n"
                + "The Join button in the portal opens 10 minutes before the start: https://p/\n");
  }

  @Test
  void theDigestCountsInWords() {
    assertThat(MailWords.of(BoardDigest.class, "en").text("body", 1, "u")).startsWith("There is 1");
    assertThat(MailWords.of(BoardDigest.class, "es").text("body", 3, "u")).startsWith("Hay 3");
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        GroupNotices.class,
        BoardDigest.class,
        ScheduleSummary.class,
        ResetMails.class,
        StaffInvitations.class
      })
  void bothLanguagesHaveTheSameKeysAndPlaceholders(Class<?> sender) throws IOException {
    Properties english = bundle(sender, "");
    Properties spanish = bundle(sender, "_es");

    assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(spanish.getProperty(key)))
          .as(key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  private static Properties bundle(Class<?> sender, String suffix) throws IOException {
    var properties = new Properties();
    try (InputStream in =
        sender.getResourceAsStream(sender.getSimpleName() + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = Pattern.compile("\\{(\\d+)").matcher(text);
    while (placeholder.find()) {
      found.add(placeholder.group(1));
    }
    return found;
  }
}
