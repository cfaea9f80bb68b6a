package org.aftercare.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the video service's reports suggest for one client in one session, with the first join and
 * the final leave behind it. Worked out from the provider's timestamps, so a leave that arrives
 * before its join counts the same as in order.
 */
public record AttendanceSuggestion(AttendanceStatus status, Instant joinedAt, Instant leftAt) {

  /** A join or leave at a moment. */
  public record Reported(PresenceKind kind, Instant at) {}

  public Optional<Instant> joined() {
    return Optional.ofNullable(joinedAt);
  }

  public Optional<Instant> left() {
    return Optional.ofNullable(leftAt);
  }

  /**
   * Late when the first join came after the start plus the grace; left early when the last word was
   * a leave before the end minus the grace (a leave and a rejoin is not leaving); absent when
   * nothing came and the session is over; nothing while it may still come. Late wins over left
   * early: both were in for part of it, and the start is what the facilitator saw.
   */
  public static Optional<AttendanceSuggestion> from(
      List<Reported> reports, Instant start, Instant end, Duration grace, Instant now) {
    if (reports.isEmpty()) {
      return now.isBefore(end)
          ? Optional.empty()
          : Optional.of(new AttendanceSuggestion(AttendanceStatus.ABSENT, null, null));
    }
    var inOrder =
        reports.stream()
            .sorted(
                Comparator.comparing(Reported::at)
                    .thenComparing(r -> r.kind() == PresenceKind.LEAVE))
            .toList();
    Instant joined =
        inOrder.stream()
            .filter(r -> r.kind() == PresenceKind.JOIN)
            .map(Reported::at)
            .findFirst()
            .orElse(null);
    Reported last = inOrder.getLast();
    Instant left = last.kind() == PresenceKind.LEAVE ? last.at() : null;
    AttendanceStatus status;
    if (joined != null && joined.isAfter(start.plus(grace))) {
      status = AttendanceStatus.LATE;
    } else if (left != null && left.isBefore(end.minus(grace))) {
      status = AttendanceStatus.LEFT_EARLY;
    } else {
      status = AttendanceStatus.PRESENT;
    }
    return Optional.of(new AttendanceSuggestion(status, joined, left));
  }
}
