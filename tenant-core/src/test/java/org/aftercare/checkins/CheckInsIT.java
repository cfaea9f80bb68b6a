package org.aftercare.checkins;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.aftercare.testing.Refusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.ConflictException;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Daily check-ins and the recovery start date: one check-in per clinic day, answers on their
 * scales, the run of days checked in, and a restarted recovery that keeps its past.
 */
class CheckInsIT extends DeployedDomain {

  /** Clinic A's zone, in which its days begin and end. */
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Inject CheckIns checkIns;
  @Inject ClientService clients;
  @Inject ClinicThreads threads;

  private LocalDate today;
  private LocalDate recoveryStart;
  private Client alex;
  private UUID dana;

  @BeforeEach
  void registerClinicWithAClientNinetyDaysIntoRecovery() {
    today = LocalDate.now(CHICAGO);
    recoveryStart = today.minusDays(90);
    Scenario a =
        clinicA()
            .withClient(
                aClient()
                    .named("Alex P.")
                    .withEmail("alex-" + UUID.randomUUID() + "@example.org")
                    .inRecoverySince(recoveryStart))
            .withClinician("Dana Lead")
            .build();
    alex = a.client("Alex P.");
    dana = a.staffId("Dana Lead");
  }

  @Test
  void secondCheckInOnTheSameDayReplacesTheFirst() {
    record(new CheckInAnswers(2, 7, false, "Rough morning", null));

    record(new CheckInAnswers(4, 1, false, "  Better after the meeting ", "Called my sponsor"));

    var progress = progress();
    assertThat(progress.today())
        .hasValueSatisfying(
            checkIn ->
                assertThat(checkIn.answers())
                    .isEqualTo(
                        new CheckInAnswers(
                            4, 1, false, "Better after the meeting", "Called my sponsor")));
    assertThat(progress.lastThirtyDays()).hasSize(1);
    assertThat(
            rows().count("select count(*) from daily_check_in where client_id = ?", alex.getId()))
        .isEqualTo(1);
  }

  /** A double tap on Save: repeated, because the two requests may or may not overlap. */
  @RepeatedTest(3)
  void twoCheckInsSentAtOnceLeaveOneForTheDay() throws Exception {
    Function<CheckInAnswers, Callable<?>> send =
        answers ->
            () -> threads.callAs(clinics.clinicA(), () -> checkIns.record(alex.getId(), answers));

    var outcomes =
        AtOnce.outcomesOf(
            List.of(
                send.apply(new CheckInAnswers(4, 1, false, null, null)),
                send.apply(new CheckInAnswers(2, 6, false, null, null))));

    assertThat(outcomes).allSatisfy(sent -> assertThat(sent).isInstanceOf(DailyCheckIn.class));
    assertThat(
            rows().count("select count(*) from daily_check_in where client_id = ?", alex.getId()))
        .isEqualTo(1);
  }

  @Test
  void answersOffTheirScalesAreRefusedAndNothingIsSaved() {
    assertRefusedNaming("mood", () -> record(new CheckInAnswers(0, 3, false, null, null)));
    assertRefusedNaming("mood", () -> record(new CheckInAnswers(6, 3, false, null, null)));
    assertRefusedNaming("craving", () -> record(new CheckInAnswers(3, -1, false, null, null)));
    assertRefusedNaming("craving", () -> record(new CheckInAnswers(3, 11, false, null, null)));
    assertThat(
            rows().count("select count(*) from daily_check_in where client_id = ?", alex.getId()))
        .isZero();

    record(new CheckInAnswers(1, 10, true, null, null));
    record(new CheckInAnswers(5, 0, false, null, null));

    assertThat(progress().today()).isPresent();
  }

  @Test
  void streakCountsTheDaysInARowEndingTodayOrYesterday() {
    var past = pastOfClinicA();
    past.checkedIn(alex, today.minusDays(1), 2, false);
    past.checkedIn(alex, today.minusDays(2), 2, false);
    past.checkedIn(alex, today.minusDays(3), 2, false);
    past.checkedIn(alex, today.minusDays(5), 2, false);
    past.checkedIn(alex, today.minusDays(40), 2, false);

    var beforeToday = progress();
    record(new CheckInAnswers(4, 1, false, null, null));
    var afterToday = progress();

    assertThat(beforeToday.checkInStreak()).isEqualTo(3);
    assertThat(beforeToday.today()).isEmpty();
    assertThat(beforeToday.lastThirtyDays())
        .extracting(DailyCheckIn::getDay)
        .containsExactly(
            today.minusDays(5), today.minusDays(3), today.minusDays(2), today.minusDays(1));
    assertThat(afterToday.checkInStreak()).isEqualTo(4);
    assertThat(afterToday.daysInRecovery()).contains(90L);
  }

  @Test
  void streakIsBrokenByADayWithoutCheckIn() {
    pastOfClinicA().checkedIn(alex, today.minusDays(2), 2, false);

    assertThat(progress().checkInStreak()).isZero();
  }

  @Test
  void restartingRecoveryKeepsEveryFormerStartDate() {
    restart(today.minusDays(2), dana);
    restart(today, null);

    assertThat(progress().daysInRecovery()).contains(0L);
    assertThat(clinics.asClinicA(() -> clients.find(alex.getId())).orElseThrow())
        .extracting(Client::getRecoveryStartDate)
        .isEqualTo(today);
    assertThat(clinics.asClinicA(() -> checkIns.recoveryStartHistory(alex.getId())))
        .extracting(RecoveryStartChange::getPreviousDate, RecoveryStartChange::getNewDate)
        .containsExactly(
            tuple(today.minusDays(2), today), tuple(recoveryStart, today.minusDays(2)));
  }

  /** Ninety days in, the milestone is today; a restart starts the milestones over from its date. */
  @Test
  void theNextMilestoneIsCountedFromTheRecoveryStartAndStartsOverOnARestart() {
    var ninetyDaysIn = progress();

    restart(today.minusDays(2), dana);

    assertThat(ninetyDaysIn.nextMilestone())
        .contains(new Milestone(Milestone.Kind.NINETY_DAYS, 0, today));
    assertThat(progress().nextMilestone())
        .contains(new Milestone(Milestone.Kind.THIRTY_DAYS, 0, today.plusDays(28)));
    assertThat(clinics.asClinicA(() -> checkIns.recoveryStartHistory(alex.getId())))
        .extracting(RecoveryStartChange::getPreviousDate)
        .containsExactly(recoveryStart);
  }

  @Test
  void recoveryCannotRestartInTheFuture() {
    assertRefusedNaming("recoveryStart", () -> restart(today.plusDays(1), dana));
    assertRefusedNaming("recoveryStart", () -> restart(null, dana));

    assertThat(progress().daysInRecovery()).contains(90L);
    assertThat(clinics.asClinicA(() -> checkIns.recoveryStartHistory(alex.getId()))).isEmpty();
  }

  @Test
  void clinicianEditingACopyFromBeforeARestartCannotUndoIt() {
    Client openInTheForm = clinics.asClinicA(() -> clients.find(alex.getId())).orElseThrow();
    restart(today.minusDays(1), dana);
    openInTheForm.setPhone("+1 312 555 0100");

    assertThatThrownBy(() -> clinics.asClinicA(() -> clients.update(openInTheForm)))
        .isInstanceOf(ConflictException.class);

    assertThat(progress().daysInRecovery()).contains(1L);
  }

  private void restart(LocalDate newStart, UUID changedBy) {
    clinics.asClinicA(
        () -> {
          if (changedBy == null) {
            checkIns.restartRecovery(alex.getId(), newStart);
            return null;
          }
          return fixtures.as(
              changedBy,
              () -> {
                checkIns.restartRecovery(alex.getId(), newStart);
                return null;
              });
        });
  }

  private void record(CheckInAnswers answers) {
    clinics.asClinicA(() -> checkIns.record(alex.getId(), answers));
  }

  private RecoveryProgress progress() {
    return clinics.asClinicA(() -> checkIns.progressOf(alex.getId()));
  }

  private ClinicRows rows() {
    return rowsOfClinicA();
  }
}
