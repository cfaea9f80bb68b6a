package org.aftercare.outcomes;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.engagement.EngagementSql.Period;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.outcomes.OutcomeReport.Retention;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outcome figures on a history made by hand, so each can be counted on one's fingers. The period is
 * the clinic's last 90 days. Enrolled (days ago): Alex 30 and an hour, Blake 29, Casey 65, Drew 100
 * (withdrew 50 ago), all in the Tuesday group (12-step); Eli 95 in the SMART group; Finn 20 in the
 * family group, which has held no session. Sessions (days ago) and what was recorded (P present, L
 * late, LE left early, E excused, A absent, — nothing):
 *
 * <pre>
 * Tuesday   75   60   40   30 (cancelled)   20   10        SMART   8
 * Drew      P    L    .                     (P)  .         Eli     P
 * Casey     .    E    P                     A    —
 * Alex      .    .    .                     LE   P
 * Blake     .    .    .                     —    P
 * Finn      .    .    .                     .    (P)
 * </pre>
 *
 * (P): present although not enrolled then — Drew recorded after he withdrew, Finn dropping in —
 * which is no place of the Tuesday group and counts nowhere below.
 *
 * <p>Retention, day N in the period: 30 — Alex (attended 20 and 10 ago), Casey (40 ago), Drew (75
 * ago) yes, Eli no (nothing 95–65 ago): 3 of 4; Blake has not reached day 30. 60 — Casey (only a
 * miss and an absence 35–5 ago), Drew (attended 60 ago but withdrew before his day 60), Eli: 0 of
 * 3. 90 — Drew (withdrawn), Eli (attended 8 ago): 1 of 2.
 */
class OutcomesIT extends DeployedDomain {

  @Inject Outcomes outcomes;
  @Inject ClinicSettingsService settings;

  private Scenario a;
  private ClinicRows rows;
  private LocalDate today;
  private LocalDate from;

  @BeforeEach
  void handMadeHistory() {
    a =
        clinicA()
            .withClinician("Dana Lead", "Eve Lead", "Fay Lead")
            .withMentor("Max Mentor", "Mo Mentor", "Old Mentor")
            .withClients("Alex P.", "Blake R.", "Casey T.", "Drew W.", "Eli K.", "Finn O.")
            .withGroup(aGroup().named("Tuesday"), "Dana Lead")
            .enrolling("Alex P.", "Blake R.", "Casey T.", "Drew W.")
            .withGroup(aGroup().named("SMART").ofKind(Modality.SMART_RECOVERY), "Eve Lead")
            .enrolling("Eli K.")
            .withGroup(aGroup().named("Family").ofKind(Modality.FAMILY), "Fay Lead")
            .enrolling("Finn O.")
            .build();
    rows = rowsOfClinicA();
    ZoneId zone = ZoneId.of(clinics.asClinicA(() -> settings.current().timeZone()));
    today = LocalDate.now(zone);
    from = today.minusDays(89);

    enrolled("Alex P.", "Tuesday", days(30).plusHours(1));
    enrolled("Blake R.", "Tuesday", days(29));
    enrolled("Casey T.", "Tuesday", days(65));
    enrolled("Drew W.", "Tuesday", days(100));
    withdrew("Drew W.", "Tuesday", days(50));
    enrolled("Eli K.", "SMART", days(95));
    enrolled("Finn O.", "Family", days(20));

    UUID s75 = held("Tuesday", 75);
    UUID s60 = held("Tuesday", 60);
    UUID s40 = held("Tuesday", 40);
    UUID s30 = held("Tuesday", 30);
    rows.update("update group_session set status = 'CANCELLED' where id = ?", s30);
    UUID s20 = held("Tuesday", 20);
    UUID s10 = held("Tuesday", 10);
    UUID smart8 = held("SMART", 8);
    recorded(s75, "Drew W.", "PRESENT");
    recorded(s60, "Drew W.", "LATE");
    recorded(s60, "Casey T.", "EXCUSED");
    recorded(s40, "Casey T.", "PRESENT");
    recorded(s20, "Casey T.", "ABSENT");
    recorded(s20, "Alex P.", "LEFT_EARLY");
    recorded(s10, "Alex P.", "PRESENT");
    recorded(s10, "Blake R.", "PRESENT");
    recorded(smart8, "Eli K.", "PRESENT");
    recorded(s20, "Drew W.", "PRESENT");
    recorded(s10, "Finn O.", "PRESENT");
  }

  /**
   * Attendance: 11 places (Blake's 20 days ago too, unrecorded), 1 excused, so 10 expected; 7
   * attended. Six sessions held (the cancelled one is not). Six clients: Drew's enrolment was open
   * at the start of the period.
   */
  @Test
  void clinicFiguresMatchTheHandCountedHistory() {
    OutcomeReport report = asClinicA(OutcomeScope.clinic());

    assertThat(report.clients()).isEqualTo(6);
    assertThat(report.attendance().sessionsHeld()).isEqualTo(6);
    assertThat(report.attendance().rate()).isEqualTo(new Share(7, 10));
    assertThat(report.attendance().rate().percent()).hasValue(70);
    assertThat(report.retention())
        .containsExactly(
            new Retention(30, new Share(3, 4)),
            new Retention(60, new Share(0, 3)),
            new Retention(90, new Share(1, 2)));
    assertThat(report.weeks()).isNotEmpty();
    assertThat(report.weeks().stream().mapToInt(week -> week.rate().of()).sum()).isEqualTo(10);
    assertThat(report.weeks().stream().mapToInt(week -> week.rate().count()).sum()).isEqualTo(7);
  }

  /** The Tuesday group alone: without Eli's place and Eli's and Finn's milestones. */
  @Test
  void aGroupsFiguresCountItsOwnEnrolmentsOnly() {
    RecoveryGroup tuesday = a.group("Tuesday");

    OutcomeReport report = asClinicA(OutcomeScope.group(tuesday.getId()));

    assertThat(report.clients()).isEqualTo(4);
    assertThat(report.attendance().sessionsHeld()).isEqualTo(5);
    assertThat(report.attendance().rate()).isEqualTo(new Share(6, 9));
    assertThat(report.retention())
        .containsExactly(
            new Retention(30, new Share(3, 3)),
            new Retention(60, new Share(0, 2)),
            new Retention(90, new Share(0, 1)));
  }

  /** A kind of group whose only group held no session has no attendance rate, not 0 %. */
  @Test
  void noSessionsHeldMeansNoAttendanceRate() {
    OutcomeReport report = asClinicA(OutcomeScope.kindOfGroup(Modality.FAMILY));

    assertThat(report.clients()).isEqualTo(1);
    assertThat(report.attendance().sessionsHeld()).isZero();
    assertThat(report.attendance().rate().percent()).isEmpty();
    assertThat(report.retention()).allSatisfy(r -> assertThat(r.stillAttending().of()).isZero());
  }

  /**
   * 90 days, half is 45: Alex checked in on 45 of them (engaged, just), Blake on 44 (not), Casey on
   * 50 days before the period (not).
   */
  @Test
  void checkInEngagementNeedsHalfOfThePeriodsDays() {
    checkedInOnLastDays("Alex P.", 0, 45);
    checkedInOnLastDays("Blake R.", 0, 44);
    checkedInOnLastDays("Casey T.", 91, 50);

    var checkIns = asClinicA(OutcomeScope.clinic()).checkIns();

    assertThat(checkIns.days()).isEqualTo(90);
    assertThat(checkIns.percentOfDays()).isEqualTo(50);
    assertThat(checkIns.engaged()).isEqualTo(new Share(1, 6));
  }

  /**
   * PHQ-9: Alex 15 → 12 → 10 (a drop of 5: improved), Blake 14 → 10 (4: not), Casey one result
   * only, Drew one result in the period and one before it (neither counts). GAD-7: Alex 10 → 6 (4:
   * improved), Blake 9 → 6 (3: not), Eli 15 → 11 (improved).
   */
  @Test
  void measureImprovementCountsClinicallyMeaningfulDropsBetweenFirstAndLatest() {
    results("Alex P.", "PHQ_9", 60, 15, 30, 12, 2, 10);
    results("Blake R.", "PHQ_9", 20, 14, 3, 10);
    results("Casey T.", "PHQ_9", 15, 12);
    results("Drew W.", "PHQ_9", 120, 20, 5, 8);
    results("Alex P.", "GAD_7", 60, 10, 2, 6);
    results("Blake R.", "GAD_7", 20, 9, 3, 6);
    results("Eli K.", "GAD_7", 50, 15, 4, 11);

    var measures = asClinicA(OutcomeScope.clinic()).measures();

    assertThat(measures)
        .extracting(change -> change.instrument().label(), c -> c.points(), c -> c.improved())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PHQ-9", 5, new Share(1, 2)),
            org.assertj.core.groups.Tuple.tuple("GAD-7", 4, new Share(2, 3)));
  }

  /**
   * Max mentors Alex (from 40 days ago), Drew (100 days ago, still) and mentored Casey (100 to 70
   * days ago); Mo mentors Eli from 10 days ago; Old Mentor's only assignment ended before the
   * period. Max logged three contacts in the period and one before it. The period's halves meet
   * about 45 days ago: Max's mentees attended 2 of 2 places before (Casey's excused place is not
   * expected) and 3 of 5 after: a trend of −40 points. Max's mentees as a scope: 5 of 7 places.
   */
  @Test
  void mentorFiguresAndAMentorsScope() {
    assigned("Alex P.", "Max Mentor", 40, null);
    assigned("Drew W.", "Max Mentor", 100, null);
    assigned("Casey T.", "Max Mentor", 100, 70);
    assigned("Eli K.", "Mo Mentor", 10, null);
    assigned("Finn O.", "Old Mentor", 200, 120);
    contact("Alex P.", "Max Mentor", 5);
    contact("Casey T.", "Max Mentor", 75);
    contact("Drew W.", "Max Mentor", 20);
    contact("Drew W.", "Max Mentor", 120);

    var mentors = clinics.asClinicA(() -> outcomes.mentors(from, today));
    OutcomeReport maxs = asClinicA(OutcomeScope.mentor(a.staffId("Max Mentor")));

    assertThat(mentors).extracting(MentorFigures::name).containsExactly("Max Mentor", "Mo Mentor");
    MentorFigures max = mentors.getFirst();
    assertThat(max.caseload()).isEqualTo(3);
    assertThat(max.contacts()).isEqualTo(3);
    assertThat(max.contactsPerMentee()).hasValue(1.0);
    assertThat(max.firstHalf()).isEqualTo(new Share(2, 2));
    assertThat(max.secondHalf()).isEqualTo(new Share(3, 5));
    assertThat(max.attendanceTrend()).hasValue(-40);
    MentorFigures mo = mentors.get(1);
    assertThat(mo.caseload()).isEqualTo(1);
    assertThat(mo.contacts()).isZero();
    assertThat(mo.attendanceTrend()).isEmpty();
    assertThat(maxs.clients()).isEqualTo(3);
    assertThat(maxs.attendance().rate()).isEqualTo(new Share(5, 7));
    assertThat(maxs.retention())
        .containsExactly(
            new Retention(30, new Share(3, 3)),
            new Retention(60, new Share(0, 2)),
            new Retention(90, new Share(0, 1)));
  }

  /**
   * The figures read tallies kept by triggers (changelog 0048); they follow every change to what
   * they count. After each change the figures are counted by hand here, and for every scope the
   * statements reading the tallies return exactly what the same statements reading every place and
   * check-in return. In turn: the 10-days-ago roster re-saved with Alex absent and Blake excused
   * (attended 7 → 5 of 10 → 9 expected); Casey's place 40 days ago made absent (4 of 9, and Casey
   * no longer still attending on day 30: 2 of 4); Blake's enrolment ended 15 days ago, so his
   * excused place 10 days ago is no place of the group (still 4 of 9: a stale tally would make it 8
   * expected); the session 20 days ago cancelled after its roster was taken (3 of 6 in 5 sessions,
   * and Alex no longer attending on day 30: 1 of 4); check-ins recorded, one moved out of the
   * period.
   */
  @Test
  void talliesFollowRosterChangesEnrolmentsCancellationsAndCheckIns() {
    assigned("Alex P.", "Max Mentor", 40, null);
    assigned("Casey T.", "Max Mentor", 100, null);
    talliesAgreeWithPlaces();

    statusOf("Tuesday", 10, "Alex P.", "ABSENT");
    statusOf("Tuesday", 10, "Blake R.", "EXCUSED");
    assertThat(asClinicA(OutcomeScope.clinic()).attendance().rate()).isEqualTo(new Share(5, 9));
    talliesAgreeWithPlaces();

    statusOf("Tuesday", 40, "Casey T.", "ABSENT");
    OutcomeReport afterAbsence = asClinicA(OutcomeScope.clinic());
    assertThat(afterAbsence.attendance().rate()).isEqualTo(new Share(4, 9));
    assertThat(afterAbsence.retention().getFirst()).isEqualTo(new Retention(30, new Share(2, 4)));
    talliesAgreeWithPlaces();

    rows.update(
        "update enrollment set status = 'WITHDRAWN', ended_at = ? where id = ?",
        ago(days(15)),
        a.enrolment("Blake R.", "Tuesday").getId());
    assertThat(asClinicA(OutcomeScope.clinic()).attendance().rate()).isEqualTo(new Share(4, 9));
    talliesAgreeWithPlaces();

    rows.update(
        "update group_session set status = 'CANCELLED' where id = ?", sessionOf("Tuesday", 20));
    OutcomeReport afterCancelling = asClinicA(OutcomeScope.clinic());
    assertThat(afterCancelling.attendance().sessionsHeld()).isEqualTo(5);
    assertThat(afterCancelling.attendance().rate()).isEqualTo(new Share(3, 6));
    assertThat(afterCancelling.retention().getFirst())
        .isEqualTo(new Retention(30, new Share(1, 4)));
    talliesAgreeWithPlaces();

    checkedInOnLastDays("Alex P.", 0, 44);
    assertThat(asClinicA(OutcomeScope.clinic()).checkIns().engaged()).isEqualTo(new Share(0, 6));
    checkedInOnLastDays("Alex P.", 44, 1);
    assertThat(asClinicA(OutcomeScope.clinic()).checkIns().engaged()).isEqualTo(new Share(1, 6));
    talliesAgreeWithPlaces();
    rows.update(
        "update daily_check_in set day = ? where client_id = ? and day = ?",
        today.minusDays(100),
        a.client("Alex P.").getId(),
        today);
    assertThat(asClinicA(OutcomeScope.clinic()).checkIns().engaged()).isEqualTo(new Share(0, 6));
    talliesAgreeWithPlaces();
  }

  /** Clinic B asking about A's group or mentor is told neither exists; its own report is empty. */
  @Test
  void anotherClinicSeesNoneOfTheseOutcomes() {
    UUID tuesday = a.group("Tuesday").getId();
    UUID max = a.staffId("Max Mentor");
    assigned("Alex P.", "Max Mentor", 40, null);
    clinicB().withClinician("Bea").withClients("Bo").build();

    OutcomeReport bs = clinics.asClinicB(() -> outcomes.report(OutcomeScope.clinic(), from, today));

    assertThat(bs.clients()).isZero();
    assertThat(bs.attendance().sessionsHeld()).isZero();
    assertThat(bs.isEmpty()).isTrue();
    assertThat(clinics.asClinicB(() -> outcomes.mentors(from, today))).isEmpty();
    assertThatThrownBy(
            () ->
                clinics.asClinicB(() -> outcomes.report(OutcomeScope.group(tuesday), from, today)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> clinics.asClinicB(() -> outcomes.report(OutcomeScope.mentor(max), from, today)))
        .isInstanceOf(NotFoundException.class);
    assertThat(asClinicA(OutcomeScope.group(tuesday)).clients()).isEqualTo(4);
  }

  /**
   * For each scope, the figures and weeks read from the tallies equal those read from every place
   * and check-in; the mentors' figures counted per half equal those summed session by session.
   */
  private void talliesAgreeWithPlaces() {
    ZoneId zone = ZoneId.of(clinics.asClinicA(() -> settings.current().timeZone()));
    Period period = Period.of(from, today, zone, Instant.now());
    for (OutcomeScope scope :
        List.of(
            OutcomeScope.clinic(),
            OutcomeScope.group(a.group("Tuesday").getId()),
            OutcomeScope.kindOfGroup(a.group("Tuesday").details().modality()),
            OutcomeScope.mentor(a.staffId("Max Mentor")))) {
      var figures = OutcomesSql.figures(period, today, 50, zone, scope, 5, 4);
      var figuresFromPlaces = OutcomesSql.figuresFromPlaces(period, today, 50, zone, scope, 5, 4);
      var weeks = OutcomesSql.weeks(period, today, 50, zone, scope);
      var weeksFromPlaces = OutcomesSql.weeksFromPlaces(period, today, 50, zone, scope);
      assertThat(rows.list(figures.sql(), figures.parameters()))
          .as("figures of %s", scope.reach())
          .isEqualTo(rows.list(figuresFromPlaces.sql(), figuresFromPlaces.parameters()));
      assertThat(rows.list(weeks.sql(), weeks.parameters()))
          .as("weeks of %s", scope.reach())
          .isEqualTo(rows.list(weeksFromPlaces.sql(), weeksFromPlaces.parameters()));
    }
    var mentors = OutcomesSql.mentors(period, today, zone);
    var mentorsBySession = OutcomesSql.mentorsBySession(period, today, zone);
    assertThat(rows.list(mentors.sql(), mentors.parameters()))
        .as("mentors")
        .isEqualTo(rows.list(mentorsBySession.sql(), mentorsBySession.parameters()));
  }

  /** The session of {@code group} that started {@code daysAgo} before now (to the hour). */
  private UUID sessionOf(String group, int daysAgo) {
    var found =
        rows.list(
            "select id from group_session where group_id = ?" + " and starts_at between ? and ?",
            List.of(
                a.group(group).getId(),
                ago(days(daysAgo).plusHours(1)),
                ago(days(daysAgo).minusHours(1))));
    assertThat(found).hasSize(1);
    return (UUID) found.getFirst().getFirst();
  }

  /** The roster re-saved with the client's place in another status. */
  private void statusOf(String group, int daysAgo, String client, String status) {
    assertThat(
            rows.update(
                "update attendance set status = ? where session_id = ? and client_id = ?",
                status,
                sessionOf(group, daysAgo),
                a.client(client).getId()))
        .isEqualTo(1);
  }

  private OutcomeReport asClinicA(OutcomeScope scope) {
    return clinics.asClinicA(() -> outcomes.report(scope, from, today));
  }

  private static Duration days(int days) {
    return Duration.ofDays(days);
  }

  private static OffsetDateTime ago(Duration ago) {
    return Instant.now().minus(ago).atOffset(ZoneOffset.UTC);
  }

  private void enrolled(String client, String group, Duration ago) {
    Enrollment enrolment = a.enrolment(client, group);
    rows.update(
        "update enrollment set requested_at = ?, enrolled_at = ? where id = ?",
        ago(ago),
        ago(ago),
        enrolment.getId());
  }

  private void withdrew(String client, String group, Duration ago) {
    rows.update(
        "update enrollment set status = 'WITHDRAWN', ended_at = ? where id = ?",
        ago(ago),
        a.enrolment(client, group).getId());
  }

  /** A session of an hour that started {@code daysAgo} before now. */
  private UUID held(String group, int daysAgo) {
    UUID id = UUID.randomUUID();
    OffsetDateTime start = ago(days(daysAgo));
    rows.update(
        "insert into group_session (id, tenant_id, group_id, occurrence, starts_at, ends_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        rows.clinic(),
        a.group(group).getId(),
        start,
        start,
        start.plusHours(1));
    return id;
  }

  private void recorded(UUID session, String client, String status) {
    rows.update(
        "insert into attendance (id, tenant_id, session_id, client_id, status, recorded_at)"
            + " values (?, ?, ?, ?, ?, now())",
        UUID.randomUUID(),
        rows.clinic(),
        session,
        a.client(client).getId(),
        status);
  }

  /** Check-ins on {@code count} days, the latest {@code daysAgo} before today. */
  private void checkedInOnLastDays(String client, int daysAgo, int count) {
    rows.update(
        "insert into daily_check_in (id, tenant_id, client_id, day, mood, craving, used,"
            + " created_at) select gen_random_uuid(), ?, ?, cast(? as date) - n, 3, 2, false, now()"
            + " from generate_series(0, ? - 1) as n",
        rows.clinic(),
        a.client(client).getId(),
        today.minusDays(daysAgo),
        count);
  }

  /** Results as pairs of days ago and total, under one assignment. */
  private void results(String client, String instrument, int... daysAgoAndTotal) {
    UUID assignment = UUID.randomUUID();
    UUID clientId = a.client(client).getId();
    rows.update(
        "insert into measure_assignment (id, tenant_id, client_id, instrument, assigned_at)"
            + " values (?, ?, ?, ?, now() - interval '200 days')",
        assignment,
        rows.clinic(),
        clientId,
        instrument);
    for (int i = 0; i < daysAgoAndTotal.length; i += 2) {
      OffsetDateTime completed = ago(days(daysAgoAndTotal[i]));
      rows.update(
          "insert into measure_response (id, tenant_id, assignment_id, client_id, instrument,"
              + " due_on, answers, total_score, band, completed_at)"
              + " values (?, ?, ?, ?, ?, ?, '0', ?, 'moderate', ?)",
          UUID.randomUUID(),
          rows.clinic(),
          assignment,
          clientId,
          instrument,
          completed.toLocalDate(),
          daysAgoAndTotal[i + 1],
          completed);
    }
  }

  private void assigned(String client, String mentor, int sinceDaysAgo, Integer untilDaysAgo) {
    rows.update(
        "insert into mentor_assignment (id, tenant_id, client_id, mentor_id, started_at, ended_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        rows.clinic(),
        a.client(client).getId(),
        a.staffId(mentor),
        ago(days(sinceDaysAgo)),
        untilDaysAgo == null ? null : ago(days(untilDaysAgo)));
  }

  private void contact(String client, String mentor, int daysAgo) {
    rows.update(
        "insert into mentor_contact (id, tenant_id, client_id, mentor_id, contact_date, channel,"
            + " created_at) values (?, ?, ?, ?, ?, 'PHONE', now())",
        UUID.randomUUID(),
        rows.clinic(),
        a.client(client).getId(),
        a.staffId(mentor),
        today.minusDays(daysAgo));
  }
}
