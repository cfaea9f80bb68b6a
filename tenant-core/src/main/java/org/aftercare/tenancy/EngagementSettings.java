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
      throw new InvalidInputException(
          "missedSessions", "Between 1 and 10 missed sessions in a row.");
    }
    if (noCheckInDays < 1 || noCheckInDays > 30) {
      throw new InvalidInputException("noCheckInDays", "Between 1 and 30 days without a check-in.");
    }
    if (craving < 1 || craving > 10) {
      throw new InvalidInputException("craving", "A craving level from 1 to 10.");
    }
    if (attendancePercent < 1 || attendancePercent > 100) {
      throw new InvalidInputException("attendancePercent", "A percentage from 1 to 100.");
    }
    if (escalationMinutes < 1 || escalationMinutes > 1440) {
      throw new InvalidInputException("escalationMinutes", "Between 1 and 1440 minutes.");
    }
    if (crisisContacts != null && crisisContacts.length() > 500) {
      throw new InvalidInputException(
          "crisisContacts", "Keep the crisis contacts to 500 characters.");
    }
  }
}
