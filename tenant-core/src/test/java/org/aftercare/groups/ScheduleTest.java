package org.aftercare.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.aftercare.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void weeklyGroupStaysAtSixInTheEveningAcrossBothDaylightSavingChanges() {
    var schedule =
        new Schedule(
            "FREQ=WEEKLY;BYDAY=TU",
            LocalDate.of(2027, 1, 5),
            LocalTime.of(18, 0),
            90,
            NEW_YORK.getId());

    List<ZonedDateTime> sessions =
        schedule
            .occurrences(
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-12-31T00:00:00Z"))
            .stream()
            .map(start -> start.atZone(NEW_YORK))
            .toList();

    assertThat(sessions).hasSize(52);
    assertThat(sessions).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo("18:00"));
    // 9 March 2027 is the first Tuesday on daylight time, 9 November the first back on standard.
    assertThat(at(sessions, "2027-03-02").getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    assertThat(at(sessions, "2027-03-16").getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    assertThat(at(sessions, "2027-11-02").getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    assertThat(at(sessions, "2027-11-09").getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
  }

  @Test
  void twiceAWeekEverySecondWeekUntilADate() {
    var schedule =
        new Schedule(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270131",
            LocalDate.of(2027, 1, 4),
            LocalTime.of(10, 30),
            60,
            "Europe/Berlin");

    assertThat(localDays(schedule, "Europe/Berlin"))
        .containsExactly("2027-01-05", "2027-01-07", "2027-01-19", "2027-01-21");
  }

  @Test
  void monthlyOnTheFirstMondayForThreeSessions() {
    var schedule =
        new Schedule(
            "FREQ=MONTHLY;BYDAY=1MO;COUNT=3",
            LocalDate.of(2027, 2, 1),
            LocalTime.of(19, 0),
            60,
            "UTC");

    assertThat(localDays(schedule, "UTC"))
        .containsExactly("2027-02-01", "2027-03-01", "2027-04-05");
  }

  @Test
  void untilInUtcIsReadInTheGroupsZone() {
    // 00:30 UTC on the 13th is 18:30 on the 12th in Chicago: the 18:00 session that day is in.
    var schedule =
        new Schedule(
            "FREQ=WEEKLY;UNTIL=20270113T003000Z",
            LocalDate.of(2027, 1, 5),
            LocalTime.of(18, 0),
            60,
            "America/Chicago");

    assertThat(localDays(schedule, "America/Chicago")).containsExactly("2027-01-05", "2027-01-12");
  }

  @Test
  void summaryReadsAsAClinicianWouldSayIt() {
    var schedule =
        new Schedule(
            "RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
            LocalDate.of(2027, 1, 5),
            LocalTime.of(18, 0),
            90,
            "America/Chicago");

    assertThat(ScheduleSummary.of(schedule, Locale.ENGLISH))
        .isEqualTo(
            "Every Tuesday and Thursday at 18:00 (America/Chicago), 90 min, from 5 Jan 2027");
    assertThat(
            ScheduleSummary.of(
                new Schedule(
                    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1;COUNT=6",
                    LocalDate.of(2027, 1, 1),
                    LocalTime.of(9, 0),
                    60,
                    "UTC"),
                Locale.ENGLISH))
        .isEqualTo(
            "Every month on the last Monday at 09:00 (UTC), 60 min, from 1 Jan 2027, 6 sessions");
  }

  @Test
  void summaryReadsInSpanishAsABilingualClinicianWouldSayIt() {
    assertThat(spanish("FREQ=WEEKLY;BYDAY=TU,TH", 2026, 3, 3, "America/Chicago"))
        .isEqualTo(
            "Cada martes y jueves a las 18:00 (America/Chicago), 90 min, desde el 3 mar 2026");
    assertThat(spanish("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;UNTIL=20260630", 2026, 3, 2, "UTC"))
        .isEqualTo(
            "Cada dos semanas el lunes, miércoles y viernes a las 18:00 (UTC), 90 min,"
                + " desde el 2 mar 2026 hasta el 30 jun 2026");
    assertThat(spanish("FREQ=MONTHLY;BYDAY=1MO;COUNT=6", 2026, 9, 7, "UTC"))
        .isEqualTo(
            "Cada mes el primer lunes a las 18:00 (UTC), 90 min, desde el 7 sept 2026,"
                + " 6 sesiones");
    assertThat(spanish("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1;COUNT=1", 2026, 1, 26, "UTC"))
        .isEqualTo(
            "Cada mes el último lunes a las 18:00 (UTC), 90 min, desde el 26 ene 2026, 1 sesión");
    assertThat(spanish("FREQ=MONTHLY;BYMONTHDAY=15", 2026, 1, 15, "UTC"))
        .isEqualTo("Cada mes el día 15 a las 18:00 (UTC), 90 min, desde el 15 ene 2026");
  }

  @Test
  void aReaderOfAnotherLanguageGetsEnglishNotTheServersLanguage() {
    var schedule =
        new Schedule(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=1",
            LocalDate.of(2027, 1, 5),
            LocalTime.of(18, 0),
            90,
            "UTC");

    assertThat(ScheduleSummary.of(schedule, Locale.FRENCH))
        .isEqualTo(
            "Every second week on Tuesday at 18:00 (UTC), 90 min, from 5 Jan 2027, 1 session");
  }

  private static String spanish(String rule, int year, int month, int day, String zone) {
    return ScheduleSummary.of(
        new Schedule(rule, LocalDate.of(year, month, day), LocalTime.of(18, 0), 90, zone),
        Locale.forLanguageTag("es-US"));
  }

  @Test
  void badInputNamesTheField() {
    assertField(
        new Schedule("FREQ=WEEKLY;BYDAY=XX", LocalDate.now(), LocalTime.NOON, 60, "UTC"), "rule");
    assertField(new Schedule("nonsense", LocalDate.now(), LocalTime.NOON, 60, "UTC"), "rule");
    assertField(new Schedule("FREQ=HOURLY", LocalDate.now(), LocalTime.NOON, 60, "UTC"), "rule");
    assertField(
        new Schedule(
            "FREQ=WEEKLY;UNTIL=20200101", LocalDate.of(2027, 1, 1), LocalTime.NOON, 60, "UTC"),
        "rule");
    assertField(
        new Schedule("FREQ=WEEKLY", LocalDate.now(), LocalTime.NOON, 60, "Mars/Olympus"),
        "timeZone");
    assertField(
        new Schedule("FREQ=WEEKLY", LocalDate.now(), LocalTime.NOON, 0, "UTC"), "durationMinutes");
    assertField(new Schedule("FREQ=WEEKLY", null, LocalTime.NOON, 60, "UTC"), "firstDay");
  }

  private static void assertField(Schedule schedule, String field) {
    assertThatThrownBy(schedule::validate)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static ZonedDateTime at(List<ZonedDateTime> sessions, String day) {
    return sessions.stream()
        .filter(start -> start.toLocalDate().toString().equals(day))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> localDays(Schedule schedule, String zone) {
    return schedule
        .occurrences(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-31T00:00:00Z"))
        .stream()
        .map(start -> start.atZone(ZoneId.of(zone)).toLocalDate().toString())
        .toList();
  }
}
