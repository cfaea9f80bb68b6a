package org.aftercare.attendance;

import static org.aftercare.attendance.AttendanceStatus.ABSENT;
import static org.aftercare.attendance.AttendanceStatus.EXCUSED;
import static org.aftercare.attendance.AttendanceStatus.LATE;
import static org.aftercare.attendance.AttendanceStatus.PRESENT;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.GroupBuilder;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Rosters against the real database: one save is one transaction, a stale screen never overwrites
 * another facilitator's entry, attendance opens with the join window, and a client's own check-in
 * yields to the facilitator's word.
 */
class AttendanceIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject AttendanceService attendance;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject ClinicThreads threads;

  private UUID dana;
  private Client alex;
  private Client blake;
  private Client casey;

  @BeforeEach
  void registerClinicWithFacilitatorAndThreeClients() {
    Scenario a =
        clinicA().withClinician("Dana Lead").withClients("Alex P.", "Blake R.", "Casey S.").build();
    dana = a.staffId("Dana Lead");
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
    casey = a.client("Casey S.");
  }

  @Test
  void rosterListsTheEnrolledClientsWithNothingRecordedYet() {
    var group = create(aGroup().withCapacity(2));
    enrol(group, alex, blake, casey);

    var roster = roster(firstSession(group));

    assertThat(roster)
        .extracting(line -> line.client().getDisplayName(), RosterLine::version)
        .containsExactly(tuple("Alex P.", -1L), tuple("Blake R.", -1L));
    assertThat(roster).allSatisfy(line -> assertThat(line.recorded()).isEmpty());
  }

  @Test
  void savedRosterRecordsEveryEntryAsTheFacilitatorsWord() {
    var group = create(aGroup());
    enrol(group, alex, blake);
    var session = startingSoon(group);
    long looksAtTheGroup = auditEntries("ROSTER_VIEWED", group.getId());

    save(
        session, entry(alex, PRESENT), new RosterEntry(blake.getId(), EXCUSED, " Work shift ", -1));

    // Audited as the save it is, not also as a look at the group's enrolments read on the way.
    assertThat(auditEntries("ATTENDANCE_RECORDED", session.getId())).isEqualTo(1);
    assertThat(auditEntries("ROSTER_VIEWED", group.getId())).isEqualTo(looksAtTheGroup);

    Map<String, Attendance> recorded = recorded(session);
    assertThat(recorded.get("Alex P.").getStatus()).isEqualTo(PRESENT);
    assertThat(recorded.get("Blake R.").getStatus()).isEqualTo(EXCUSED);
    assertThat(recorded.get("Blake R.").excuseReason()).contains("Work shift");
    assertThat(recorded.values())
        .allSatisfy(
            record -> {
              assertThat(record.isSelfReported()).isFalse();
              assertThat(record.isDropIn()).isFalse();
              assertThat(record.getVersion()).isNotNegative();
            });
    assertThat(
            rowsOfA()
                .count(
                    "select count(*) from attendance where session_id = ? and recorded_by = ?",
                    session.getId(),
                    dana))
        .isEqualTo(2);
  }

  @Test
  void oneRefusedEntryLeavesTheWholeRosterUnsaved() {
    var group = create(aGroup());
    enrol(group, alex, blake, casey);
    var session = startingSoon(group);

    assertRefusedNaming(
        "excuseReason",
        () -> save(session, entry(alex, PRESENT), entry(blake, LATE), entry(casey, EXCUSED)));
    assertRefusedNaming(
        "excuseReason",
        () ->
            save(session, entry(alex, PRESENT), new RosterEntry(casey.getId(), EXCUSED, " ", -1)));

    assertNothingRecorded(session);
  }

  @Test
  void secondFacilitatorsStaleSaveIsRefusedNamingTheClientAndKeepsNoneOfIt() {
    var group = create(aGroup());
    enrol(group, alex, blake, casey);
    var session = startingSoon(group);
    var seenByBoth = versions(session);
    save(
        session,
        new RosterEntry(alex.getId(), PRESENT, null, seenByBoth.get("Alex P.")),
        new RosterEntry(blake.getId(), PRESENT, null, seenByBoth.get("Blake R.")));

    assertThatThrownBy(
            () ->
                save(
                    session,
                    new RosterEntry(casey.getId(), PRESENT, null, seenByBoth.get("Casey S.")),
                    new RosterEntry(alex.getId(), ABSENT, null, seenByBoth.get("Alex P."))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Alex P.")
        .message()
        .doesNotContain("Casey S.");

    var recorded = recorded(session);
    assertThat(recorded).containsOnlyKeys("Alex P.", "Blake R.");
    assertThat(recorded.get("Alex P.").getStatus()).isEqualTo(PRESENT);
  }

  /**
   * Both screens were built on an empty roster and both facilitators press Save at once: one save
   * wins whole, the other is refused naming the client, not failed on the database's unique key.
   * Repeated, because the two may or may not overlap on a given run.
   */
  @RepeatedTest(3)
  void twoFacilitatorsSavingAtOnceRecordOneRosterWholeAndRefuseTheOther() throws Exception {
    var group = create(aGroup());
    enrol(group, alex, blake);
    var session = startingSoon(group);
    Function<AttendanceStatus, Callable<?>> facilitator =
        status ->
            () ->
                threads.callAs(
                    clinics.clinicA(),
                    () ->
                        fixtures.as(
                            dana,
                            () ->
                                attendance.saveRoster(
                                    session.getId(),
                                    List.of(entry(alex, status), entry(blake, status)))));

    var outcomes =
        AtOnce.outcomesOf(List.of(facilitator.apply(PRESENT), facilitator.apply(ABSENT)));

    assertThat(outcomes).filteredOn(List.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(RuntimeException.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            ConflictException.class,
            refused -> assertThat(refused).hasMessageContaining("Alex P."));
    var recorded = recorded(session);
    assertThat(recorded).containsOnlyKeys("Alex P.", "Blake R.");
    assertThat(recorded.get("Alex P.").getStatus()).isEqualTo(recorded.get("Blake R.").getStatus());
  }

  @Test
  void correctionOverAnEntryChangedSinceTheScreenWasBuiltIsRefused() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = startingSoon(group);
    save(session, entry(alex, PRESENT));
    long seen = versions(session).get("Alex P.");
    save(session, new RosterEntry(alex.getId(), LATE, null, seen));

    assertThatThrownBy(() -> save(session, new RosterEntry(alex.getId(), ABSENT, null, seen)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Alex P.");

    assertThat(recorded(session).get("Alex P.").getStatus()).isEqualTo(LATE);
    assertThat(versions(session).get("Alex P.")).isGreaterThan(seen);
  }

  @Test
  void rosterRefusesAClientTwiceAndAReasonLongerThanTheRecordKeeps() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = startingSoon(group);

    assertRefusedNaming("client", () -> save(session, entry(alex, PRESENT), entry(alex, LATE)));
    assertRefusedNaming(
        "excuseReason",
        () -> save(session, new RosterEntry(alex.getId(), EXCUSED, "x".repeat(301), -1)));

    assertNothingRecorded(session);
    save(session, new RosterEntry(alex.getId(), EXCUSED, "x".repeat(300), -1));
    assertThat(recorded(session).get("Alex P.").excuseReason()).hasValue("x".repeat(300));
  }

  @Test
  void cancelledSessionTakesNoAttendance() {
    var group = create(aGroup());
    enrol(group, alex);
    var soon = startingSoon(group);
    var cancelled =
        clinics.asClinicA(
            () -> sessions.cancel(soon.getId(), soon.getVersion(), "Facilitator ill", CHICAGO));

    assertRefusedNaming("session", () -> save(cancelled, entry(alex, PRESENT)));

    assertNothingRecorded(cancelled);
  }

  @Test
  void attendanceOpensOnlyWithTheJoinWindow() {
    var group = create(aGroup());
    enrol(group, alex);
    var tomorrow = firstSession(group);

    assertRefusedNaming("session", () -> save(tomorrow, entry(alex, PRESENT)));
    assertNothingRecorded(tomorrow);

    var soon = moveTo(tomorrow, Instant.now().plus(Duration.ofMinutes(9)));
    save(soon, entry(alex, PRESENT));
    assertThat(recorded(soon)).containsOnlyKeys("Alex P.");
  }

  @Test
  void closedGroupRefusesAClientWhoIsNotEnrolled() {
    var group = create(aGroup().closed());
    enrol(group, alex);
    var session = startingSoon(group);

    assertRefusedNaming("client", () -> save(session, entry(alex, PRESENT), entry(blake, PRESENT)));

    assertNothingRecorded(session);
  }

  @Test
  void openGroupTakesADropInAndKeepsThemOnTheRoster() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = startingSoon(group);

    save(session, entry(alex, PRESENT), entry(blake, PRESENT));

    var recorded = recorded(session);
    assertThat(recorded.get("Alex P.").isDropIn()).isFalse();
    assertThat(recorded.get("Blake R.").isDropIn()).isTrue();
    assertThat(roster(session))
        .extracting(line -> line.client().getDisplayName())
        .containsExactly("Alex P.", "Blake R.");
  }

  @Test
  void selfCheckInOpensTenMinutesBeforeTheStart() {
    var group = create(aGroup());
    enrol(group, alex, blake);
    var session = firstSession(group);
    Instant start = session.getStartsAt();

    assertThatThrownBy(() -> selfCheckIn(alex, session, start.minus(Duration.ofMinutes(11))))
        .isInstanceOf(ForbiddenException.class);
    assertNothingRecorded(session);

    var onTime = selfCheckIn(alex, session, start.minus(Duration.ofMinutes(10)));
    assertThat(onTime.getStatus()).isEqualTo(PRESENT);
    assertThat(onTime.isSelfReported()).isTrue();
    assertThat(recorded(session).get("Alex P.").isSelfReported()).isTrue();
  }

  @Test
  void selfCheckInAfterTheFirstQuarterHourIsLate() {
    var group = create(aGroup());
    enrol(group, alex, blake);
    var session = firstSession(group);
    Instant start = session.getStartsAt();

    selfCheckIn(alex, session, start.plus(AttendanceService.ON_TIME_UNTIL));
    selfCheckIn(blake, session, start.plus(AttendanceService.ON_TIME_UNTIL).plusSeconds(60));

    var recorded = recorded(session);
    assertThat(recorded.get("Alex P.").getStatus()).isEqualTo(PRESENT);
    assertThat(recorded.get("Blake R.").getStatus()).isEqualTo(LATE);
    assertThat(recorded.values())
        .allSatisfy(record -> assertThat(record.isSelfReported()).isTrue());
  }

  @Test
  void selfCheckInIsOnlyForEnrolledClients() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = firstSession(group);

    assertThatThrownBy(() -> selfCheckIn(blake, session, session.getStartsAt()))
        .isInstanceOf(NotFoundException.class);

    assertNothingRecorded(session);
  }

  @Test
  void selfCheckInNeverOverwritesTheFacilitatorsEntry() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = startingSoon(group);
    save(session, entry(alex, ABSENT));

    var answer = selfCheckIn(alex, session, Instant.now());

    assertThat(answer.getStatus()).isEqualTo(ABSENT);
    assertThat(answer.isSelfReported()).isFalse();
    assertThat(recorded(session).get("Alex P.").getStatus()).isEqualTo(ABSENT);
    assertThat(recorded(session).get("Alex P.").isSelfReported()).isFalse();
  }

  @Test
  void facilitatorsCorrectionReplacesASelfReportedEntry() {
    var group = create(aGroup());
    enrol(group, alex);
    var session = startingSoon(group);
    selfCheckIn(alex, session, Instant.now());
    long seen = versions(session).get("Alex P.");

    save(session, new RosterEntry(alex.getId(), LATE, null, seen));

    var corrected = recorded(session).get("Alex P.");
    assertThat(corrected.getStatus()).isEqualTo(LATE);
    assertThat(corrected.isSelfReported()).isFalse();
    assertThat(
            rowsOfA()
                .count(
                    "select count(*) from attendance where session_id = ? and recorded_by = ?",
                    session.getId(),
                    dana))
        .isEqualTo(1);
  }

  @Test
  void historyListsAClientsAttendanceNewestFirstWithinThePeriod() {
    var group = create(aGroup());
    enrol(group, alex, blake);
    var twoSessions = clinics.asClinicA(() -> sessions.ofGroup(group.getId(), Instant.now(), 2));
    var first = twoSessions.get(0);
    var second = twoSessions.get(1);
    selfCheckIn(alex, first, first.getStartsAt());
    selfCheckIn(alex, second, second.getStartsAt());
    selfCheckIn(blake, second, second.getStartsAt());

    var history =
        clinics.asClinicA(() -> attendance.historyOf(alex.getId(), Instant.EPOCH, farFuture()));
    var firstOnly =
        clinics.asClinicA(
            () -> attendance.historyOf(alex.getId(), Instant.EPOCH, second.getStartsAt()));
    var ofGroup =
        clinics.asClinicA(
            () -> attendance.ofGroup(group.getId(), second.getStartsAt(), farFuture()));

    assertThat(history)
        .extracting(record -> record.getSession().getId())
        .containsExactly(second.getId(), first.getId());
    assertThat(firstOnly)
        .extracting(record -> record.getSession().getId())
        .containsExactly(first.getId());
    assertThat(ofGroup)
        .extracting(record -> record.getClient().getDisplayName())
        .containsExactlyInAnyOrder("Alex P.", "Blake R.");
  }

  private RecoveryGroup create(GroupBuilder group) {
    return clinics.asClinicA(() -> groups.create(group.build(), Set.of(dana)));
  }

  private void enrol(RecoveryGroup group, Client... people) {
    for (Client client : people) {
      clinics.asClinicA(() -> enrollments.enrol(group.getId(), client.getId(), false));
    }
  }

  private GroupSession firstSession(RecoveryGroup group) {
    return clinics.asClinicA(() -> sessions.ofGroup(group.getId(), Instant.now(), 1)).getFirst();
  }

  /** The group's first session, moved to start in five minutes: its join window is open. */
  private GroupSession startingSoon(RecoveryGroup group) {
    return moveTo(firstSession(group), Instant.now().plus(Duration.ofMinutes(5)));
  }

  private GroupSession moveTo(GroupSession session, Instant start) {
    return clinics.asClinicA(
        () -> sessions.move(session.getId(), session.getVersion(), start, 60, CHICAGO));
  }

  private static RosterEntry entry(Client client, AttendanceStatus status) {
    return new RosterEntry(client.getId(), status, null, -1);
  }

  private List<Attendance> save(GroupSession session, RosterEntry... entries) {
    return clinics.asClinicA(
        () -> fixtures.as(dana, () -> attendance.saveRoster(session.getId(), List.of(entries))));
  }

  private Attendance selfCheckIn(Client client, GroupSession session, Instant now) {
    return clinics.asClinicA(() -> attendance.selfCheckIn(client.getId(), session.getId(), now));
  }

  private List<RosterLine> roster(GroupSession session) {
    return clinics.asClinicA(() -> attendance.roster(session.getId()));
  }

  /** What is recorded for the session, by client name. */
  private Map<String, Attendance> recorded(GroupSession session) {
    return roster(session).stream()
        .filter(line -> line.recorded().isPresent())
        .map(line -> line.recorded().get())
        .collect(
            Collectors.toMap(record -> record.getClient().getDisplayName(), Function.identity()));
  }

  /** The versions a facilitator's screen would carry, by client name. */
  private Map<String, Long> versions(GroupSession session) {
    return roster(session).stream()
        .collect(Collectors.toMap(line -> line.client().getDisplayName(), RosterLine::version));
  }

  private void assertNothingRecorded(GroupSession session) {
    assertThat(
            rowsOfA()
                .count("select count(*) from attendance where session_id = ?", session.getId()))
        .isZero();
  }

  private ClinicRows rowsOfA() {
    return rowsOfClinicA();
  }

  private long auditEntries(String action, UUID object) {
    return rowsOfA()
        .count(
            "select count(*) from audit_event where action = ? and object_id = ?",
            action,
            object.toString());
  }

  private static Instant farFuture() {
    return Instant.now().plus(Duration.ofDays(365));
  }
}
