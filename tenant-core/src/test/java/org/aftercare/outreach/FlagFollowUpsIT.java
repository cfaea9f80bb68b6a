package org.aftercare.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aftercare.access.RoleGate;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.engagement.FlagReason;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.platform.ClinicUpkeep;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicPast;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A new flag episode becomes one follow-up for the right person: the client's mentor, or the
 * clinicians when there is none; due today for high craving or use, in two days otherwise (the
 * clinic's days). No second task while the episode lasts; done with an outcome or snoozed with a
 * reason, by the task's mentor or a clinician only; closed by itself when the flags clear. The
 * hourly upkeep does it clinic by clinic, and two instances running it at once open one task.
 */
class FlagFollowUpsIT extends DeployedDomain {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject FlagFollowUps followUps;
  @Inject OutreachTasks tasks;
  @Inject OutreachDigest digest;
  @Inject ClinicUpkeep upkeep;
  @Inject ClinicThreads threads;
  @Inject AuditService audit;
  @Inject Mentoring mentoring;

  private Scenario a;
  private ClinicPast past;
  private LocalDate today;
  private Client alex;

  /** Morgan mentors Alex; Max mentors no one of theirs; Blake has no mentor; Pat is a clinician. */
  @BeforeEach
  void clinicWithAMentorAndAClinician() {
    a =
        clinicA()
            .withMentor("Morgan Mentor", "Max Mentor")
            .withClinician("Pat Clinician")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withMentee("Alex P.", "Morgan Mentor")
            .build();
    past = pastOfClinicA();
    today = LocalDate.now(CHICAGO);
    alex = a.client("Alex P.");
  }

  @Test
  void highCravingOpensOneTaskForTheMentorDueTheSameDay() {
    past.checkedIn(alex, today, 9, false);

    assertThat(openForNewFlags()).isOne();
    assertThat(openForNewFlags()).as("the same episode, an hour later").isZero();

    assertThat(a.as("Morgan Mentor", () -> tasks.mine()))
        .singleElement()
        .satisfies(
            open -> {
              assertThat(open.client().getId()).isEqualTo(alex.getId());
              assertThat(open.task().getDueOn()).isEqualTo(today);
              assertThat(open.task().isUrgent()).isTrue();
              assertThat(open.task().reasons()).containsExactly(FlagReason.HIGH_CRAVING);
              assertThat(open.task().mentorId()).contains(a.staffId("Morgan Mentor"));
            });
    assertThat(a.as("Max Mentor", () -> tasks.mine())).isEmpty();
    assertThat(a.as("Pat Clinician", () -> tasks.forClinicians()))
        .as("not overdue and the mentor's")
        .isEmpty();
  }

  @Test
  void noCheckInsOfAClientWithoutAMentorGoToTheCliniciansInTwoDays() {
    past.accountOpened(a.portalAccount("Blake R."), Duration.ofDays(5));
    past.checkedIn(alex, today, 2, false);

    assertThat(openForNewFlags()).isOne();

    assertThat(a.as("Pat Clinician", () -> tasks.forClinicians()))
        .singleElement()
        .satisfies(
            open -> {
              assertThat(open.client().getDisplayName()).isEqualTo("Blake R.");
              assertThat(open.task().getDueOn()).isEqualTo(today.plusDays(2));
              assertThat(open.task().isUrgent()).isFalse();
              assertThat(open.task().mentorId()).isEmpty();
            });
    assertThat(a.as("Morgan Mentor", () -> tasks.mine())).isEmpty();
  }

  @Test
  void urgentNewsJoinsTheOpenTaskAndBringsItForwardFromItsSnooze() {
    past.accountOpened(a.portalAccount("Alex P."), Duration.ofDays(5));
    openForNewFlags();
    UUID task = onlyTaskOfMorgan().task().getId();
    assertThat(onlyTaskOfMorgan().task().getDueOn()).isEqualTo(today.plusDays(2));
    a.as("Morgan Mentor", () -> tasks.snooze(task, today.plusDays(5), "Away this week"));

    past.checkedIn(alex, today, 9, false);
    assertThat(openForNewFlags()).as("the same episode goes on").isZero();

    var joined = onlyTaskOfMorgan().task();
    assertThat(joined.getId()).isEqualTo(task);
    assertThat(joined.reasons())
        .containsExactlyInAnyOrder(FlagReason.NO_CHECK_IN, FlagReason.HIGH_CRAVING);
    assertThat(joined.isUrgent()).isTrue();
    assertThat(joined.getDueOn()).isEqualTo(today);
    assertThat(joined.isSnoozedOn(today)).isFalse();
  }

  @Test
  void openTaskFollowsTheClientToTheirNewMentor() {
    past.checkedIn(alex, today, 9, false);
    openForNewFlags();

    a.as("Pat Clinician", () -> mentoring.assign(alex.getId(), a.staffId("Max Mentor")));
    assertThat(a.as("Morgan Mentor", () -> tasks.mine()))
        .as("no longer Morgan's mentee, even before the upkeep")
        .isEmpty();
    openForNewFlags();

    assertThat(a.as("Max Mentor", () -> tasks.mine()))
        .singleElement()
        .satisfies(open -> assertThat(open.client().getId()).isEqualTo(alex.getId()));
  }

  @Test
  void taskStillOpenClosesByItselfWhenTheFlagClears() {
    past.checkedIn(alex, today.minusDays(1), 9, false);
    openForNewFlags();

    past.checkedIn(alex, today, 2, false);
    assertThat(openForNewFlags()).isZero();

    assertThat(a.as("Morgan Mentor", () -> tasks.mine())).isEmpty();
    assertThat(tasksOfAlex("status = 'CLOSED_BY_ITSELF' and episode_ended_at is not null")).isOne();
    assertThat(tasksOfAlex("true")).isOne();
  }

  @Test
  void newsAfterTheTaskWasDoneOpensASecondTaskAndNoneBefore() {
    past.checkedIn(alex, today.minusDays(1), 9, false);
    openForNewFlags();
    var first = onlyTaskOfMorgan();
    a.as("Morgan Mentor", () -> tasks.done(first.task().getId(), OutreachOutcome.REACHED, null));

    assertThat(openForNewFlags()).as("the same craving, still there").isZero();
    assertThat(a.as("Morgan Mentor", () -> tasks.mine())).isEmpty();

    past.checkedIn(alex, today, 3, true);
    assertThat(openForNewFlags()).as("reported use is news").isOne();

    var second = onlyTaskOfMorgan();
    assertThat(second.task().getId()).isNotEqualTo(first.task().getId());
    assertThat(second.task().reasons()).containsExactly(FlagReason.REPORTED_USE);
    assertThat(
            tasksOfAlex("status = 'DONE' and outcome = 'REACHED' and episode_ended_at is not null"))
        .isOne();
  }

  @Test
  void doneRecordsTheOutcomeOnceAndIsAudited() {
    past.checkedIn(alex, today, 9, false);
    openForNewFlags();
    UUID task = onlyTaskOfMorgan().task().getId();

    assertThatThrownBy(
            () -> a.as("Morgan Mentor", () -> tasks.done(task, OutreachOutcome.OTHER, " ")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("note"));
    var done =
        a.as(
            "Morgan Mentor",
            () -> tasks.done(task, OutreachOutcome.LEFT_MESSAGE, "Voicemail; will try tonight"));

    assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(done.outcome()).contains(OutreachOutcome.LEFT_MESSAGE);
    assertThat(done.closedBy()).contains(a.staffId("Morgan Mentor"));
    assertThat(a.as("Morgan Mentor", () -> tasks.mine())).isEmpty();
    assertThatThrownBy(
            () -> a.as("Morgan Mentor", () -> tasks.done(task, OutreachOutcome.REACHED, null)))
        .isInstanceOf(ConflictException.class);
    assertThat(clinics.asClinicA(() -> audit.eventsFor(alex.getId())))
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.OUTREACH_DONE);
  }

  @Test
  void snoozedTaskIsDueOnTheChosenDayWithItsReason() {
    past.checkedIn(alex, today, 9, false);
    openForNewFlags();
    UUID task = onlyTaskOfMorgan().task().getId();

    assertThatThrownBy(() -> a.as("Morgan Mentor", () -> tasks.snooze(task, today, "Busy")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> a.as("Morgan Mentor", () -> tasks.snooze(task, today.plusDays(3), "")))
        .isInstanceOf(InvalidInputException.class);
    a.as("Morgan Mentor", () -> tasks.snooze(task, today.plusDays(3), "Alex is travelling"));

    var snoozed = onlyTaskOfMorgan().task();
    assertThat(snoozed.isOpen()).isTrue();
    assertThat(snoozed.getDueOn()).isEqualTo(today.plusDays(3));
    assertThat(snoozed.isSnoozedOn(today)).isTrue();
    assertThat(snoozed.snoozeReason()).contains("Alex is travelling");
    assertThat(clinics.asClinicA(() -> audit.eventsFor(alex.getId())))
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.OUTREACH_SNOOZED);
  }

  @Test
  void onlyTheTasksMentorOrAClinicianClosesItAndAClientSeesNone() {
    past.checkedIn(alex, today, 9, false);
    openForNewFlags();
    UUID task = onlyTaskOfMorgan().task().getId();

    assertThatThrownBy(
            () -> a.as("Max Mentor", () -> tasks.done(task, OutreachOutcome.REACHED, null)))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("another mentor's");
    assertThatThrownBy(
            () -> a.as("Max Mentor", () -> tasks.snooze(task, today.plusDays(1), "Not mine")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Alex P.", () -> tasks.mine()))
        .isInstanceOf(RoleGate.RoleRefusedException.class);
    assertThatThrownBy(() -> a.as("Alex P.", () -> tasks.done(task, OutreachOutcome.REACHED, null)))
        .isInstanceOf(RoleGate.RoleRefusedException.class);
    assertThat(onlyTaskOfMorgan().task().isOpen()).isTrue();

    a.as("Pat Clinician", () -> tasks.done(task, OutreachOutcome.NO_ANSWER, null));
    assertThat(a.as("Morgan Mentor", () -> tasks.mine())).isEmpty();
  }

  /** One hourly run reaches both clinics, each in its own transaction and under its own rules. */
  @Test
  void oneUpkeepRunOpensEachClinicsOwnTasks() {
    past.checkedIn(alex, today, 9, false);
    Scenario b =
        clinicB()
            .withMentor("Bea Mentor")
            .withClients("Cleo B.")
            .withMentee("Cleo B.", "Bea Mentor")
            .build();
    new ClinicPast(dataSource, clinics.clinicB())
        .checkedIn(b.client("Cleo B."), LocalDate.now(ZoneId.of("Europe/Berlin")), 0, true);

    upkeep.followUpFlags(Instant.now());

    assertThat(a.as("Morgan Mentor", () -> tasks.mine()))
        .extracting(open -> open.client().getDisplayName())
        .containsExactly("Alex P.");
    assertThat(b.as("Bea Mentor", () -> tasks.mine()))
        .singleElement()
        .satisfies(open -> assertThat(open.client().getDisplayName()).isEqualTo("Cleo B."))
        .satisfies(
            open -> assertThat(open.task().reasons()).containsExactly(FlagReason.REPORTED_USE));
  }

  /** Every portal instance runs the upkeep: two at the same moment open one task between them. */
  @RepeatedTest(3)
  void twoUpkeepsAtOnceOpenOneTask() throws Exception {
    past.checkedIn(alex, today, 9, false);
    Instant now = Instant.now();
    Callable<?> run = () -> threads.callAs(clinics.clinicA(), () -> followUps.openForNewFlags(now));

    var outcomes = AtOnce.outcomesOf(List.of(run, run));

    assertThat(outcomes).containsExactlyInAnyOrder(0, 1);
    assertThat(tasksOfAlex("true")).isOne();
  }

  @Test
  void morningDigestTellsEachMentorHowManyAreDueOnceAndNamesNoOne() {
    past.checkedIn(alex, today, 9, false);
    openForNewFlags();
    String morgan = a.staff("Morgan Mentor").getEmail();

    assertThat(clinics.asClinicA(() -> digest.sendDue(at(LocalTime.of(7, 30))))).isZero();
    assertThat(clinics.asClinicA(() -> digest.sendDue(at(LocalTime.of(8, 7))))).isOne();
    assertThat(clinics.asClinicA(() -> digest.sendDue(at(LocalTime.of(9, 7))))).isZero();

    assertThat(DevMailbox.count(morgan, OutreachDigest.SUBJECT)).isOne();
    assertThat(DevMailbox.mailsTo(morgan))
        .singleElement()
        .satisfies(
            mail ->
                assertThat(mail)
                    .contains("You have 1 follow-up due.")
                    .contains("/mentees")
                    .doesNotContain("Alex")
                    .doesNotContain("raving"));
    assertThat(DevMailbox.count(a.staff("Max Mentor").getEmail(), OutreachDigest.SUBJECT)).isZero();
  }

  private int openForNewFlags() {
    return clinics.asClinicA(() -> followUps.openForNewFlags(Instant.now()));
  }

  private OpenTask onlyTaskOfMorgan() {
    List<OpenTask> mine = a.as("Morgan Mentor", () -> tasks.mine());
    assertThat(mine).hasSize(1);
    return mine.getFirst();
  }

  private long tasksOfAlex(String condition) {
    return rowsOfClinicA()
        .count(
            "select count(*) from outreach_task where client_id = ? and " + condition,
            alex.getId());
  }

  private Instant at(LocalTime time) {
    return today.atTime(time).atZone(CHICAGO).toInstant();
  }
}
