package org.aftercare.sharing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a recipient's next summary goes, on the clinic's calendar, and which days it covers: a
 * weekly one the seven days before the day it goes, a monthly one (on the first) the month before.
 */
record SendingSchedule(Cadence cadence, DayOfWeek day, LocalTime time) {

  /** The first sending moment after {@code after}; none for summaries sent only on request. */
  Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    ZonedDateTime from = after.atZone(zone);
    ZonedDateTime candidate =
        switch (cadence) {
          case WEEKLY ->
              from.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone);
          case MONTHLY -> from.toLocalDate().withDayOfMonth(1).atTime(time).atZone(zone);
          case ON_REQUEST -> null;
        };
    if (candidate == null) {
      return Optional.empty();
    }
    while (!candidate.toInstant().isAfter(after)) {
      candidate =
          cadence == Cadence.WEEKLY
              ? candidate.toLocalDate().plusWeeks(1).atTime(time).atZone(zone)
              : candidate.toLocalDate().plusMonths(1).atTime(time).atZone(zone);
    }
    return Optional.of(candidate.toInstant());
  }

  /** The days a summary sent on {@code sendDay} covers: whole days, ending the day before. */
  LocalDate[] periodFor(LocalDate sendDay) {
    LocalDate to = sendDay.minusDays(1);
    LocalDate from = cadence == Cadence.MONTHLY ? to.withDayOfMonth(1) : sendDay.minusDays(7);
    return new LocalDate[] {from, to};
  }
}
