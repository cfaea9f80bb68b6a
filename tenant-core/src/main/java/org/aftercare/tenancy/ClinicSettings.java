package org.aftercare.tenancy;

import static org.aftercare.shared.Texts.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Texts;

/**
 * What a clinic admin sets for the clinic: its name and time zone, how clients reach it, the
 * welcome text clients see, and the template from which groups' video-meeting links are made
 * ({@code {group}} and {@code {session}} are replaced per meeting), and how many hours before each
 * session clients get an e-mail reminder (for example "24, 1"; empty for none), and the neutral
 * name clients' mail and calendar entries go out under (empty for the product's name).
 */
public record ClinicSettings(
    String name,
    String timeZone,
    String contactEmail,
    String contactPhone,
    String welcomeText,
    String videoLinkTemplate,
    String reminderHours,
    String neutralName) {

  /**
   * The name clients' mail and calendar entries carry unless the clinic chose another: under 42 CFR
   * Part 2 a treatment programme's name on a lock screen or in an inbox discloses treatment.
   */
  public static final String DEFAULT_NEUTRAL_NAME = "Aftercare";

  private static final int MAX_REMINDER_HOURS = 168;
  private static final int MAX_NEUTRAL_NAME = 60;

  public ClinicSettings {
    name = trimmed(name);
    timeZone = trimmed(timeZone);
    contactEmail = blankToNull(contactEmail);
    contactPhone = blankToNull(contactPhone);
    welcomeText = blankToNull(welcomeText);
    videoLinkTemplate = blankToNull(videoLinkTemplate);
    reminderHours = reminderHours == null ? "" : reminderHours.replace(" ", "");
    neutralName = blankToNull(neutralName);
  }

  /**
   * What clients' mail and calendar entries carry where staff's would name the clinic: the neutral
   * name an admin chose, or the product's.
   */
  public String clientFacingName() {
    return neutralName == null ? DEFAULT_NEUTRAL_NAME : neutralName;
  }

  /** The reminder lead times, largest first; call only on validated settings. */
  public List<Integer> reminderLeadHours() {
    if (reminderHours.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(reminderHours.split(","))
        .map(Integer::valueOf)
        .distinct()
        .sorted((a, b) -> b - a)
        .toList();
  }

  /** Throws for the first field that breaks a rule, naming it. */
  void validate() {
    if (name.isEmpty() || name.length() > 200) {
      throw InvalidInputException.worded(
          "name", "Enter the clinic's name (up to 200 characters).", "refusal.tenancy.clinic.name");
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw InvalidInputException.worded(
          "timeZone", "Choose a time zone from the list.", "refusal.tenancy.clinic.timeZone");
    }
    if (contactEmail != null && !Texts.isEmailAddress(contactEmail)) {
      throw InvalidInputException.worded(
          "contactEmail",
          "Enter an e-mail address such as name@example.org",
          "refusal.tenancy.clinic.contactEmail");
    }
    if (contactPhone != null && !contactPhone.matches("\\+?[0-9 ()./-]{6,40}")) {
      throw InvalidInputException.worded(
          "contactPhone",
          "Enter a phone number with digits, spaces and + ( ) - only",
          "refusal.tenancy.clinic.contactPhone");
    }
    if (welcomeText != null && welcomeText.length() > 1000) {
      throw InvalidInputException.worded(
          "welcomeText",
          "Keep the welcome text to 1000 characters.",
          "refusal.tenancy.clinic.welcomeText.tooLong");
    }
    if (videoLinkTemplate != null && !isHttpsLink(videoLinkTemplate)) {
      throw InvalidInputException.worded(
          "videoLinkTemplate",
          "Use an https:// link, for example https://meet.example.org/{group}",
          "refusal.tenancy.clinic.videoLink",
          "{group}");
    }
    if (neutralName != null
        && (neutralName.length() > MAX_NEUTRAL_NAME || sharesAWordWithTheName(neutralName))) {
      throw InvalidInputException.worded(
          "neutralName",
          "Use up to 60 characters that do not name the clinic, for example \"Wellness portal\".",
          "refusal.tenancy.clinic.neutralName");
    }
    if (!reminderHours.matches("(\\d{1,3}(,\\d{1,3}){0,3})?")
        || reminderLeadHours().stream().anyMatch(h -> h < 1 || h > MAX_REMINDER_HOURS)) {
      throw InvalidInputException.worded(
          "reminderHours",
          "Enter up to four numbers of hours between 1 and 168, separated by commas (e.g. 24, 1).",
          "refusal.tenancy.clinic.reminderHours");
    }
  }

  /** "Riverside portal" names Riverside Recovery Center as surely as its full name does. */
  private boolean sharesAWordWithTheName(String candidate) {
    Set<String> nameWords = wordsOf(name);
    return wordsOf(candidate).stream().anyMatch(nameWords::contains);
  }

  private static Set<String> wordsOf(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> word.length() >= 4)
        .collect(Collectors.toSet());
  }

  private static boolean isHttpsLink(String template) {
    try {
      var uri = new URI(template.replace("{group}", "g").replace("{session}", "s"));
      return "https".equals(uri.getScheme()) && uri.getHost() != null && template.length() <= 500;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
