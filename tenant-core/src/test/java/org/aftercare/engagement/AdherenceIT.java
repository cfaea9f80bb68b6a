package org.aftercare.engagement;

import static org.aftercare.attendance.AttendanceStatus.ABSENT;
import static org.aftercare.attendance.AttendanceStatus.EXCUSED;
import static org.aftercare.attendance.AttendanceStatus.LATE;
import static org.aftercare.attendance.AttendanceStatus.LEFT_EARLY;
import static org.aftercare.attendance.AttendanceStatus.PRESENT;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupSession;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adherence summaries on a history made by hand, session by session, so every figure can be counted
 * on one's fingers (see {@link #handMadeHistory}).
 */
class AdherenceIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject Adherence adherence;
  @Inject AttendanceService attendance;
  @Inject CheckIns checkIns;
  @Inject Enrollments enrollments;

  private ClinicPast past;
  private LocalDate today;
  private Client alex;
  private Client blake;

  /**
   * Both in one group, its sessions moved into the past by hand, the period the last 21 days. Alex
   * joined 15 days ago; Blake 30 days ago and left 9½ days ago. Sessions, by days ago (A attended,
   * E excused, M missed; "—" nothing recorded, which counts as missed; brackets: not counted):
   *
   * <pre>
   * days ago   25   18   14   13   12   11   10   9 (cancelled)  8    7    6    5
   * Alex       .   [P]   P    L    E    LE   A   [P]           —    P    A    —
   * Blake     [A]   P    P    A    P    P    P   [A]          [P]
   * </pre>
   *
   * Alex: 9 scheduled, 4 attended, 1 excused, 4 missed; runs A A A M M A M M → longest 3, current
   * 0, 2 misses in a row. Blake: 6 scheduled, 5 attended; runs A A M A A A → longest 3, current 3.
   * Alex checked in 25, 20, 3 and 1 days ago and today: 4 days in the period.
   */
  @BeforeEach
  void handMadeHistory() {
    past = pastOfClinicA();
    today = LocalDate.now(CHICAGO);
    Scenario a =
        clinicA()
            .withClinician("Dana Lead")
            .withClients("Alex P.", "Blake R.")
            .withGroup(aGroup(), "Dana Lead")
            .enrolling("Alex P.", "Blake R.")
            .build();
    var dana = a.staffId("Dana Lead");
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
    Enrollment blakes = a.enrolment("Blake R.");
    past.enrolledSince(a.enrolment("Alex P."), Duration.ofDays(15));
    past.enrolledSince(blakes, Duration.ofDays(30));
    var upcoming = new ArrayList<>(a.upcomingSessions(a.group(), 12));

    var history =
        new Object[][] {
          {25, null, ABSENT},
          {18, PRESENT, PRESENT},
          {14, PRESENT, PRESENT},
          {13, LATE, ABSENT},
          {12, EXCUSED, PRESENT},
          {11, LEFT_EARLY, PRESENT},
          {10, ABSENT, PRESENT},
          {9, PRESENT, ABSENT},
          {8, null, PRESENT},
          {7, PRESENT, null},
          {6, ABSENT, null},
          {5, null, null},
        };
    for (Object[] row : history) {
      GroupSession session = upcoming.removeFirst();
      past.held(session, Duration.ofDays((int) row[0]));
      var entries = new ArrayList<RosterEntry>();
      if (row[1] != null) {
        entries.add(entry(alex, (AttendanceStatus) row[1]));
      }
      if (row[2] != null) {
        entries.add(entry(blake, (AttendanceStatus) row[2]));
      }
      if (!entries.isEmpty()) {
        clinics.asClinicA(
            () -> fixtures.as(dana, () -> attendance.saveRoster(session.getId(), entries)));
      }
      if ((int) row[0] == 9) {
        past.cancelled(session);
      }
    }
    clinics.asClinicA(() -> enrollments.withdraw(blakes.getId(), "Moved away"));
    past.endedSince(blakes, Duration.ofHours(9 * 24 + 12));
    for (int daysAgo : new int[] {25, 20, 3, 1}) {
      past.checkedIn(alex, today.minusDays(daysAgo), 2, false);
    }
    clinics.asClinicA(
        () -> checkIns.record(alex.getId(), new CheckInAnswers(4, 1, false, null, null)));
  }

  @Test
  void summaryCountsOnlyHeldSessionsWhileEnrolledWithUnrecordedOnesAsMissed() {
    var summary = of(alex, today.minusDays(20), today);

    assertThat(summary.sessionsScheduled()).isEqualTo(9);
    assertThat(summary.sessionsAttended()).isEqualTo(4);
    assertThat(summary.sessionsExcused()).isEqualTo(1);
    assertThat(summary.sessionsMissed()).isEqualTo(4);
    assertThat(summary.longestStreak()).isEqualTo(3);
    assertThat(summary.currentStreak()).isZero();
    assertThat(summary.consecutiveMisses()).isEqualTo(2);
    assertThat(summary.checkInDays()).isEqualTo(4);
    assertThat(summary.flags()).extracting(Flag::reason).contains(FlagReason.MISSED_SESSIONS);
  }

  @Test
  void sessionsAfterTheEnrolmentEndedOrBeforeThePeriodDoNotCount() {
    var summary = of(blake, today.minusDays(20), today);

    assertThat(summary)
        .extracting(
            AdherenceSummary::sessionsScheduled,
            AdherenceSummary::sessionsAttended,
            AdherenceSummary::sessionsExcused,
            AdherenceSummary::longestStreak,
            AdherenceSummary::currentStreak,
            AdherenceSummary::consecutiveMisses,
            AdherenceSummary::checkInDays)
        .containsExactly(6, 5, 0, 3, 3, 0, 0);
  }

  @Test
  void periodEndsWithItsLastDay() {
    var summary = of(alex, today.minusDays(20), today.minusDays(9));

    assertThat(summary)
        .extracting(
            AdherenceSummary::sessionsScheduled,
            AdherenceSummary::sessionsAttended,
            AdherenceSummary::sessionsExcused,
            AdherenceSummary::longestStreak,
            AdherenceSummary::currentStreak,
            AdherenceSummary::consecutiveMisses,
            AdherenceSummary::checkInDays)
        .containsExactly(5, 3, 1, 3, 0, 1, 1);
  }

  @Test
  void clinicSummariesAgreeWithEachClientsOwn() {
    LocalDate from = today.minusDays(20);

    var clinic = clinics.asClinicA(() -> adherence.ofClinic(from, today));

    assertThat(clinic)
        .extracting(AdherenceSummary::clientId, AdherenceSummary::sessionsScheduled)
        .containsExactlyInAnyOrder(tuple(alex.getId(), 9), tuple(blake.getId(), 6));
    assertThat(clinic).containsExactlyInAnyOrder(of(alex, from, today), of(blake, from, today));
  }

  @Test
  void periodMustNotEndBeforeItStarts() {
    assertRefusedNaming("to", () -> of(alex, today, today.minusDays(1)));
    assertRefusedNaming(
        "to", () -> clinics.asClinicA(() -> adherence.ofClinic(today, today.minusDays(1))));
  }

  private static RosterEntry entry(Client client, AttendanceStatus status) {
    return new RosterEntry(
        client.getId(), status, status == EXCUSED ? "Doctor's appointment" : null, -1);
  }

  private AdherenceSummary of(Client client, LocalDate from, LocalDate to) {
    return clinics.asClinicA(() -> adherence.of(client.getId(), from, to));
  }
}
