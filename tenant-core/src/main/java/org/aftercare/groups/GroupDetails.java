package org.aftercare.groups;

import static org.aftercare.shared.Texts.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import org.aftercare.shared.InvalidInputException;

/**
 * Everything a clinician sets on a group in the editor, with the rules each field must meet. Text
 * is trimmed and blank optional text becomes absent.
 */
public record GroupDetails(
    String name,
    Modality modality,
    String tradition,
    String description,
    String groundRules,
    int capacity,
    EnrolmentPolicy enrolment,
    boolean cameraOptional,
    boolean firstNamesOnly,
    String meetingLink,
    Schedule schedule) {

  public GroupDetails {
    name = name == null ? "" : name.trim();
    tradition = blankToNull(tradition);
    description = blankToNull(description);
    groundRules = blankToNull(groundRules);
    meetingLink = blankToNull(meetingLink);
  }

  /** Throws for the first field that breaks a rule, naming it. */
  void validate() {
    if (name.isEmpty() || name.length() > 120) {
      throw InvalidInputException.worded(
          "name", "Enter the group's name (up to 120 characters).", "refusal.groups.details.name");
    }
    if (modality == null) {
      throw InvalidInputException.worded(
          "modality", "Choose the kind of group.", "refusal.groups.details.modality");
    }
    if (tradition != null && tradition.length() > 80) {
      throw InvalidInputException.worded(
          "tradition",
          "Keep the tradition to 80 characters.",
          "refusal.groups.details.traditionTooLong");
    }
    if (description != null && description.length() > 2000) {
      throw InvalidInputException.worded(
          "description",
          "Keep the description to 2000 characters.",
          "refusal.groups.details.descriptionTooLong");
    }
    if (groundRules != null && groundRules.length() > 4000) {
      throw InvalidInputException.worded(
          "groundRules",
          "Keep the ground rules to 4000 characters.",
          "refusal.groups.details.groundRulesTooLong");
    }
    if (capacity < 1 || capacity > 500) {
      throw InvalidInputException.worded(
          "capacity", "Capacity is between 1 and 500 seats.", "refusal.groups.details.capacity");
    }
    if (enrolment == null) {
      throw InvalidInputException.worded(
          "enrolment", "Choose open or closed enrolment.", "refusal.groups.details.enrolment");
    }
    if (meetingLink != null && !isHttpsLink(meetingLink)) {
      throw InvalidInputException.worded(
          "meetingLink",
          "Use an https:// link, for example https://meet.example.org/tuesday",
          "refusal.groups.meetingLink.https");
    }
    if (schedule == null) {
      throw InvalidInputException.worded(
          "rule", "Set when the group meets.", "refusal.groups.details.rule");
    }
    schedule.validate();
  }

  static boolean isHttpsLink(String link) {
    try {
      var uri = new URI(link);
      return "https".equals(uri.getScheme()) && uri.getHost() != null && link.length() <= 500;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
