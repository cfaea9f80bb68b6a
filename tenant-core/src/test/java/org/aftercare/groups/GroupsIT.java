package org.aftercare.groups;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.GroupBuilder.next;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.shared.ConflictException;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.GroupBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Groups and their sessions against the real database: the sessions a schedule stores, the checks
 * that refuse a save whole, facilitators who cannot be in two places, and single sessions changed
 * by hand.
 */
class GroupsIT extends DeployedDomain {

  /** {@code aftercare.groups.horizon-days} as deployed for the tests (its default). */
  private static final Duration WINDOW = Duration.ofDays(91);

  private static final String CHICAGO = "America/Chicago";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);

  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;

  private ClinicRows rowsOfA;
  private UUID dana;

  @BeforeEach
  void registerClinicsWithAFacilitator() {
    rowsOfA = rowsOfClinicA();
    dana = clinics.asClinicA(() -> fixtures.clinician("Dana Lead")).getId();
  }

  @Test
  void weeklyGroupStoresEveryOccurrenceOfItsRuleOverTheWindow() {
    var details =
        aGroup()
            .withRule("FREQ=WEEKLY;BYDAY=TU,TH")
            .startingOn(next(TUESDAY, CHICAGO))
            .at(SIX_PM)
            .lasting(90)
            .build();
    Instant before = Instant.now();

    var group = create(details, dana);

    Instant after = Instant.now();
    List<GroupSession> stored = sessionsOf(group);
    var starts = stored.stream().map(GroupSession::getStartsAt).toList();
    // Counted by hand, not through Schedule; an occurrence at the window's very edge may fall
    // either side of it depending on the instant the service read the clock.
    assertThat(List.of(tuesdaysAndThursdays(details, before), tuesdaysAndThursdays(details, after)))
        .contains(starts);
    assertThat(starts).hasSizeGreaterThanOrEqualTo(25);
    assertThat(stored)
        .allSatisfy(
            session -> {
              assertThat(session.getStartsAt().atZone(ZoneId.of(CHICAGO)).toLocalTime())
                  .isEqualTo(SIX_PM);
              assertThat(session.duration()).isEqualTo(Duration.ofMinutes(90));
              assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
              assertThat(session.getOccurrence()).isEqualTo(session.getStartsAt());
            });
  }

  @Test
  void eveningGroupInNewYorkStaysAtSixLocalAcrossADaylightSavingChange() {
    Instant now = Instant.now();
    ZoneOffsetTransition change = NEW_YORK.getRules().nextTransition(now);
    if (change.getInstant().isBefore(now.plus(Duration.ofDays(8)))) {
      // Too close for a session on each side of it: take the change after.
      change = NEW_YORK.getRules().nextTransition(change.getInstant());
    }
    LocalDate twoWeeksBefore =
        LocalDate.ofInstant(change.getInstant().minus(Duration.ofDays(14)), NEW_YORK);
    LocalDate tomorrow = LocalDate.now(NEW_YORK).plusDays(1);
    var group =
        create(
            aGroup()
                .inZone(NEW_YORK.getId())
                .startingOn(twoWeeksBefore.isAfter(tomorrow) ? twoWeeksBefore : tomorrow)
                .at(SIX_PM)
                .build(),
            dana);

    // The change may lie beyond today's window: extend the series as the daily job would on a
    // day three weeks before it.
    Instant threeWeeksBefore = change.getInstant().minus(Duration.ofDays(21));
    clinics.asClinicA(
        () -> groups.extendSchedules(threeWeeksBefore.isAfter(now) ? threeWeeksBefore : now));

    List<GroupSession> stored = sessionsOf(group);
    assertThat(stored)
        .allSatisfy(
            session ->
                assertThat(session.getStartsAt().atZone(NEW_YORK).toLocalTime()).isEqualTo(SIX_PM));
    Instant changeAt = change.getInstant();
    GroupSession lastBefore =
        stored.stream()
            .filter(session -> session.getStartsAt().isBefore(changeAt))
            .reduce((earlier, later) -> later)
            .orElseThrow();
    GroupSession firstAfter =
        stored.stream()
            .filter(session -> session.getStartsAt().isAfter(changeAt))
            .findFirst()
            .orElseThrow();
    assertThat(
            ChronoUnit.DAYS.between(
                lastBefore.getStartsAt().atZone(NEW_YORK).toLocalDate(),
                firstAfter.getStartsAt().atZone(NEW_YORK).toLocalDate()))
        .isEqualTo(7);
    // A week of local time is an hour shorter (spring) or longer (autumn) in elapsed time.
    assertThat(Duration.between(lastBefore.getStartsAt(), firstAfter.getStartsAt()))
        .isEqualTo(Duration.ofDays(7).minus(change.getDuration()));
  }

  @Test
  void invalidGroupIsRefusedNamingTheFieldAndNothingIsSaved() {
    var valid = aGroup().build();
    Map<String, GroupBuilder> invalid =
        Map.of(
            "rule", GroupBuilder.from(valid).withRule("FREQ=SOMETIMES;BYDAY=TU"),
            "timeZone", GroupBuilder.from(valid).inZone("Mars/Olympus_Mons"),
            "firstDay",
                GroupBuilder.from(valid)
                    .startingOn(LocalDate.now(ZoneId.of(CHICAGO)).minusDays(1)));
    long[] before = savedRows();

    invalid.forEach(
        (field, details) -> assertRefusedNaming(field, () -> create(details.build(), dana)));
    assertRefusedNaming("facilitators", () -> create(valid));

    assertThat(savedRows()).containsExactly(before);
    assertThat(before).containsOnly(0);
  }

  @Test
  void capacityCannotGoBelowTheSeatsAlreadyTaken() {
    var group = create(aGroup().withCapacity(3).build(), dana);
    enrol(group, "Alex P.");
    enrol(group, "Blake R.");

    assertRefusedNaming(
        "capacity", () -> update(group, GroupBuilder.from(group.details()).withCapacity(1)));

    assertThat(reread(group).getCapacity()).isEqualTo(3);
    var smaller = update(group, GroupBuilder.from(group.details()).withCapacity(2));
    assertThat(smaller.getCapacity()).isEqualTo(2);
  }

  @Test
  void facilitatorCannotLeadTwoGroupsAtOverlappingTimes() {
    LocalDate tuesday = next(TUESDAY, CHICAGO);
    create(
        aGroup().named("Tuesday early").startingOn(tuesday).at(SIX_PM).lasting(90).build(), dana);
    var overlapping =
        aGroup().named("Tuesday late").startingOn(tuesday).at(LocalTime.of(19, 0)).build();

    assertRefusedNaming("facilitators", () -> create(overlapping, dana));

    assertThat(groupNames()).containsExactly("Tuesday early");
    UUID sam = clinics.asClinicA(() -> fixtures.clinician("Sam Colleague")).getId();
    var withSam = create(overlapping, sam);
    assertThat(groupNames()).containsExactly("Tuesday early", "Tuesday late");
    assertThat(sessionsOf(withSam)).isNotEmpty();
  }

  @Test
  void sessionCannotBeMovedOntoAnotherSessionOfTheSameFacilitator() {
    var tuesdays = create(aGroup().named("Tuesdays").meetingOn(TUESDAY).build(), dana);
    var wednesdays = create(aGroup().named("Wednesdays").meetingOn(WEDNESDAY).build(), dana);
    GroupSession taken = sessionsOf(tuesdays).getFirst();
    GroupSession moving = sessionsOf(wednesdays).getFirst();

    assertRefusedNaming(
        "start", () -> move(moving, taken.getStartsAt().plus(Duration.ofMinutes(30))));

    assertThat(reread(moving).getStartsAt()).isEqualTo(moving.getStartsAt());
    var backToBack = move(moving, taken.getEndsAt());
    assertThat(backToBack.getStartsAt()).isEqualTo(taken.getEndsAt());
    assertThat(backToBack.isMoved()).isTrue();
  }

  @Test
  void editingTheRuleChangesFutureSessionsOnlyAndKeepsACancelledOneThatStillMatches() {
    var group = create(aGroup().meetingOn(TUESDAY).lasting(90).build(), dana);
    List<GroupSession> original = sessionsOf(group);
    GroupSession past = heldFiveWeeksAgo(original.get(0));
    GroupSession cancelled = cancel(original.get(1), "Facilitator ill");
    GroupSession untouched = original.get(2);

    update(
        group, GroupBuilder.from(group.details()).withRule("FREQ=WEEKLY;BYDAY=TU,TH").lasting(60));

    List<GroupSession> stored = sessionsOf(group);
    assertThat(stored)
        .filteredOn(session -> session.getId().equals(past.getId()))
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.getStartsAt()).isEqualTo(past.getStartsAt());
              assertThat(session.duration()).isEqualTo(Duration.ofMinutes(90));
            });
    assertThat(stored)
        .filteredOn(session -> session.getId().equals(cancelled.getId()))
        .singleElement()
        .satisfies(
            session -> {
              assertThat(session.isCancelled()).isTrue();
              assertThat(session.cancelReason()).contains("Facilitator ill");
            });
    assertThat(stored)
        .filteredOn(session -> session.getId().equals(untouched.getId()))
        .singleElement()
        .satisfies(session -> assertThat(session.duration()).isEqualTo(Duration.ofMinutes(60)));
    assertThat(stored)
        .filteredOn(session -> session.getStartsAt().isAfter(Instant.now()))
        .filteredOn(session -> !session.isCancelled())
        .allSatisfy(session -> assertThat(session.duration()).isEqualTo(Duration.ofMinutes(60)))
        .anySatisfy(
            session ->
                assertThat(session.getStartsAt().atZone(ZoneId.of(CHICAGO)).getDayOfWeek())
                    .isEqualTo(THURSDAY));
  }

  @Test
  void cancellingNeedsAReasonAndRecordsIt() {
    GroupSession session = sessionsOf(create(aGroup().build(), dana)).getFirst();

    assertRefusedNaming("reason", () -> cancel(session, "  "));
    assertThat(reread(session).isCancelled()).isFalse();

    cancel(session, "Snowstorm: the building is closed");
    GroupSession after = reread(session);
    assertThat(after.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    assertThat(after.cancelReason()).contains("Snowstorm: the building is closed");
    assertThatThrownBy(() -> cancel(after, "Again")).isInstanceOf(ConflictException.class);
  }

  @Test
  void changesMadeFromAStaleCopyAreRefusedWithAConflict() {
    var group = create(aGroup().named("Original name").build(), dana);
    update(group, GroupBuilder.from(group.details()).named("First editor"));

    assertThatThrownBy(() -> update(group, GroupBuilder.from(group.details()).named("Second")))
        .isInstanceOf(ConflictException.class);
    assertThat(reread(group).getName()).isEqualTo("First editor");

    GroupSession session = sessionsOf(group).getFirst();
    move(session, session.getStartsAt().plus(Duration.ofHours(1)));
    assertThatThrownBy(() -> cancel(session, "Stale copy")).isInstanceOf(ConflictException.class);
    assertThat(reread(session).isCancelled()).isFalse();
  }

  /** The substitute's id comes from the screen: another clinic's staff or a client is refused. */
  @Test
  void aSubstituteIsSomeoneOfThisClinicWhoMayLeadAGroup() {
    GroupSession session = sessionsOf(create(aGroup().build(), dana)).getFirst();
    UUID staffOfB = clinics.asClinicB(() -> fixtures.clinician("Bo of B")).getId();
    UUID client =
        clinics.asClinicA(() -> fixtures.portalAccountFor(fixtures.client("Cam Client"))).getId();
    UUID mentor = clinics.asClinicA(() -> fixtures.mentor("Max Mentor")).getId();

    assertRefusedNaming("substitute", () -> substitute(session, staffOfB));
    assertRefusedNaming("substitute", () -> substitute(session, client));
    substitute(session, mentor);

    assertThat(reread(session).substituteFacilitator()).contains(mentor);
  }

  private GroupSession substitute(GroupSession session, UUID accountId) {
    return clinics.asClinicA(
        () ->
            sessions.substitute(
                session.getId(), reread(session).getVersion(), accountId, ZoneId.of(CHICAGO)));
  }

  /** Every Tuesday and Thursday at the schedule's time, from its first day to the window's end. */
  private static List<Instant> tuesdaysAndThursdays(GroupDetails details, Instant from) {
    Schedule schedule = details.schedule();
    var starts = new ArrayList<Instant>();
    for (LocalDate day = schedule.firstDay(); ; day = day.plusDays(1)) {
      Instant start = day.atTime(schedule.startTime()).atZone(schedule.zone()).toInstant();
      if (!start.isBefore(from.plus(WINDOW))) {
        return starts;
      }
      if (day.getDayOfWeek() == TUESDAY || day.getDayOfWeek() == THURSDAY) {
        starts.add(start);
      }
    }
  }

  /** Rows of clinic A that a refused save must not leave behind. */
  private long[] savedRows() {
    return new long[] {
      rowsOfA.count("select count(*) from recovery_group"),
      rowsOfA.count("select count(*) from group_facilitator"),
      rowsOfA.count("select count(*) from group_session")
    };
  }

  /** Turns a stored session into one that took place five weeks ago, which no service can make. */
  private GroupSession heldFiveWeeksAgo(GroupSession session) {
    rowsOfA.update(
        "update group_session set occurrence = occurrence - interval '35 days',"
            + " starts_at = starts_at - interval '35 days', ends_at = ends_at - interval '35 days'"
            + " where id = ?",
        session.getId());
    return reread(session);
  }

  private RecoveryGroup create(GroupDetails details, UUID... facilitators) {
    return clinics.asClinicA(() -> groups.create(details, Set.of(facilitators)));
  }

  private RecoveryGroup update(RecoveryGroup group, GroupBuilder changed) {
    return clinics.asClinicA(
        () ->
            groups.update(
                group.getId(),
                group.getVersion(),
                changed.build(),
                Set.copyOf(groups.facilitatorsOf(group.getId()))));
  }

  private RecoveryGroup reread(RecoveryGroup group) {
    return clinics.asClinicA(() -> groups.get(group.getId()));
  }

  private List<String> groupNames() {
    return clinics.asClinicA(
        () ->
            groups.list(new GroupFilter(null, null, null)).stream()
                .map(RecoveryGroup::getName)
                .toList());
  }

  private void enrol(RecoveryGroup group, String clientName) {
    clinics.asClinicA(
        () -> enrollments.enrol(group.getId(), fixtures.client(clientName).getId(), false));
  }

  private List<GroupSession> sessionsOf(RecoveryGroup group) {
    return clinics.asClinicA(() -> sessions.ofGroup(group.getId(), LONG_AGO, 1000));
  }

  private GroupSession reread(GroupSession session) {
    return clinics.asClinicA(() -> sessions.find(session.getId())).orElseThrow();
  }

  private GroupSession move(GroupSession session, Instant newStart) {
    return clinics.asClinicA(
        () ->
            sessions.move(
                session.getId(),
                session.getVersion(),
                newStart,
                (int) session.duration().toMinutes(),
                ZoneId.of(CHICAGO)));
  }

  private GroupSession cancel(GroupSession session, String reason) {
    return clinics.asClinicA(
        () -> sessions.cancel(session.getId(), session.getVersion(), reason, ZoneId.of(CHICAGO)));
  }
}
