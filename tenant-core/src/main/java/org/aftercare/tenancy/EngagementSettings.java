package org.aftercare.tenancy;

import java.util.UUID;
import org.aftercare.shared.InvalidInputException;

/**
 * How a clinic watches engagement: the thresholds of the "who is slipping" flags, how long an "I
 * need support now" alert may stay unanswered before it escalates, who is on call, and the crisis
 * contacts clients see when they ask for help.
 */
public record EngagementSettings(
    int missedSessions,
    int noCheckInDays,
    int craving,
    int attendancePercent,
    int escalationMinutes,
    UUID onCallAccountId,
    String crisisContacts) {

  public EngagementSettings {
    crisisContacts =
        crisisContacts == null || crisisContacts.isBlank() ? null : crisisContacts.trim();
  }

  void validate() {
    if (missedSessions < 1 || missedSessions > 10) {
      throw InvalidInputException.worded(
          "missedSessions",
          "Between 1 and 10 missed sessions in a row.",
          "refusal.tenancy.engagement.missedSessions");
    }
    if (noCheckInDays < 1 || noCheckInDays > 30) {
      throw InvalidInputException.worded(
          "noCheckInDays",
          "Between 1 and 30 days without a check-in.",
          "refusal.tenancy.engagement.noCheckInDays");
    }
    if (craving < 1 || craving > 10) {
      throw InvalidInputException.worded(
          "craving", "A craving level from 1 to 10.", "refusal.tenancy.engagement.craving");
    }
    if (attendancePercent < 1 || attendancePercent > 100) {
      throw InvalidInputException.worded(
          "attendancePercent",
          "A percentage from 1 to 100.",
          "refusal.tenancy.engagement.attendancePercent");
    }
    if (escalationMinutes < 1 || escalationMinutes > 1440) {
      throw InvalidInputException.worded(
          "escalationMinutes",
          "Between 1 and 1440 minutes.",
          "refusal.tenancy.engagement.escalationMinutes");
    }
    if (crisisContacts != null && crisisContacts.length() > 500) {
      throw InvalidInputException.worded(
          "crisisContacts",
          "Keep the crisis contacts to 500 characters.",
          "refusal.tenancy.engagement.crisisContacts.tooLong");
    }
  }
}
