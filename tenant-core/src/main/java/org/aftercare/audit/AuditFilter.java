package org.aftercare.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which audit entries to show or export. Empty text and null values do not filter.
 *
 * @param actor part of the acting person's sign-in name, any case
 * @param objectId the exact id of the record acted on, such as a client's id
 * @param action one kind of action
 * @param occurredFrom earliest moment, inclusive
 * @param occurredBefore latest moment, exclusive
 */
public record AuditFilter(
    String actor,
    String objectId,
    AuditAction action,
    Instant occurredFrom,
    Instant occurredBefore) {

  public AuditFilter {
    actor = actor == null ? "" : actor.trim();
    objectId = objectId == null ? "" : objectId.trim().toLowerCase(Locale.ROOT);
  }

  public static AuditFilter any() {
    return new AuditFilter("", "", null, null, null);
  }

  /**
   * A filter over whole days of the clinic's calendar: from the start of {@code firstDay} to the
   * end of {@code lastDay} in {@code zone}, so "March 8" means the clinic's March 8 also on the day
   * clocks change.
   */
  public static AuditFilter forDays(
      String actor,
      String objectId,
      AuditAction action,
      LocalDate firstDay,
      LocalDate lastDay,
      ZoneId zone) {
    return new AuditFilter(
        actor,
        objectId,
        action,
        firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
