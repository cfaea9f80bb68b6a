package org.aftercare.measures;

import static org.aftercare.testing.MeasureAnswers.answersTotalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftercare.access.RoleGate.RoleRefusedException;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditService;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.identity.Account;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A clinician assigns a measure; it is due on the client's phone; the client's answers are scored
 * and banded in the core and kept; PHQ-9 item 9 above "not at all" raises the support alert the
 * support button raises. An occurrence is answered once, only by its own client, and read only by
 * clinicians.
 */
class MeasuresIT extends DeployedDomain {

  private static final String ALERT_MAIL = "A client asked for support now";

  @Inject Measures measures;
  @Inject SupportAlerts alerts;
  @Inject AuditService audit;
  @Inject ClinicThreads threads;

  private Scenario a;
  private Client alex;
  private Account olive;
  private Account morgan;

  /** Cleo assigns; Olive is on call; Morgan mentors Alex; Blake is another client of the clinic. */
  @BeforeEach
  void clinicWithTwoClientsAMentorAndAClinicianOnCall() {
    a =
        clinicA()
            .withClinician("Cleo Clinician", "Olive On-Call")
            .withMentor("Morgan Mentor")
            .withClients("Alex P.", "Blake R.")
            .withPortalAccounts("Alex P.", "Blake R.")
            .withMentee("Alex P.", "Morgan Mentor")
            .build();
    alex = a.client("Alex P.");
    olive = a.staff("Olive On-Call");
    morgan = a.staff("Morgan Mentor");
    a.call(
        () ->
            clinicRecords.applyEngagementSettings(
                clinics.clinicA(), new EngagementSettings(2, 3, 8, 60, 20, olive.getId(), null)));
  }

  @Test
  void assignedMeasureIsDueThenScoredBandedAndStored() {
    var assignment = assign(Instrument.PHQ_9, MeasureSchedule.once());

    List<MeasureAssignment> due = a.as("Alex P.", () -> measures.dueFor(alex.getId()));
    assertThat(due).extracting(MeasureAssignment::getId).containsExactly(assignment.getId());

    var outcome = answer(due.getFirst(), answersTotalling(Instrument.PHQ_9.questionnaire(), 12));

    assertThat(outcome.urgentSupportRaised()).isFalse();
    assertThat(a.as("Alex P.", () -> measures.dueFor(alex.getId()))).isEmpty();
    assertThat(a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId())))
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.getInstrument()).isEqualTo(Instrument.PHQ_9);
              assertThat(result.getTotalScore()).isEqualTo(12);
              assertThat(result.getBand()).isEqualTo("Moderate");
              assertThat(result.answers()).hasSize(9);
            });
    assertThat(a.call(() -> alerts.openOf(alex.getId()))).isEmpty();
  }

  @Test
  void phq9ItemNineAboveNotAtAllRaisesTheSupportAlert() {
    var assignment = assign(Instrument.PHQ_9, MeasureSchedule.everyWeeks(2));
    var answers = new ArrayList<>(Collections.nCopies(9, 0));
    answers.set(8, 1);

    var outcome = answer(assignment, answers);

    assertThat(outcome.urgentSupportRaised()).isTrue();
    assertThat(outcome.response().getBand()).isEqualTo("Minimal");
    assertThat(a.as("Cleo Clinician", () -> alerts.openOf(alex.getId()))).hasSize(1);
    assertThat(DevMailbox.count(olive.getEmail(), ALERT_MAIL)).isEqualTo(1);
    assertThat(DevMailbox.count(morgan.getEmail(), ALERT_MAIL)).isEqualTo(1);
  }

  @Test
  void answeringTheSameOccurrenceTwiceIsRefusedAndStoresOne() {
    var assignment = assign(Instrument.GAD_7, MeasureSchedule.everyDays(7));
    var answers = answersTotalling(Instrument.GAD_7.questionnaire(), 5);
    answer(assignment, answers);

    assertThatThrownBy(() -> answer(assignment, answers)).isInstanceOf(ConflictException.class);

    assertThat(a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId()))).hasSize(1);
    assertThat(a.as("Alex P.", () -> measures.dueFor(alex.getId()))).as("next in a week").isEmpty();
  }

  /** A double tap on Submit: repeated, because the two may or may not overlap. */
  @RepeatedTest(3)
  void twoSubmitsAtOnceStoreOneResponse() throws Exception {
    var assignment = assign(Instrument.PHQ_2, MeasureSchedule.once());
    LocalDate dueOn = assignment.nextDue().orElseThrow();
    Callable<?> submit =
        () ->
            threads.callAs(
                clinics.clinicA(),
                () -> measures.complete(assignment.getId(), dueOn, List.of(1, 2)));

    var outcomes = AtOnce.outcomesOf(List.of(submit, submit));

    assertThat(outcomes).filteredOn(MeasureOutcome.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
    assertThat(a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId()))).hasSize(1);
  }

  @Test
  void anotherClientOfTheClinicCannotAnswerOrSeeTheMeasure() {
    var assignment = assign(Instrument.PHQ_9, MeasureSchedule.once());
    var answers = answersTotalling(Instrument.PHQ_9.questionnaire(), 20);

    assertThatThrownBy(
            () ->
                a.as(
                    "Blake R.",
                    () ->
                        measures.complete(
                            assignment.getId(), assignment.nextDue().orElseThrow(), answers)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> measures.dueFor(alex.getId())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> a.as("Blake R.", () -> measures.resultsOf(alex.getId())))
        .isInstanceOf(RoleRefusedException.class);

    assertThat(a.as("Alex P.", () -> measures.dueFor(alex.getId()))).hasSize(1);
    assertThat(a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId()))).isEmpty();
  }

  /** DESIGN.md gives a mentor a mentee's attendance and check-ins, not questionnaires. */
  @Test
  void theClientsMentorSeesNoResultsAndAssignsNothing() {
    assertThatThrownBy(() -> a.as("Morgan Mentor", () -> measures.resultsOf(alex.getId())))
        .isInstanceOf(RoleRefusedException.class);
    assertThatThrownBy(
            () ->
                a.as(
                    "Morgan Mentor",
                    () -> measures.assign(alex.getId(), Instrument.PHQ_9, MeasureSchedule.once())))
        .isInstanceOf(RoleRefusedException.class);
  }

  @Test
  void readingResultsIsAudited() {
    a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId()));

    assertThat(a.call(() -> audit.eventsFor(alex.getId())))
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.MEASURE_RESULTS_VIEWED);
  }

  @Test
  void stoppedMeasureIsNoLongerDue() {
    var assignment = assign(Instrument.BARC_10, MeasureSchedule.everyWeeks(4));

    a.as("Cleo Clinician", () -> done(() -> measures.stop(assignment.getId())));

    assertThat(a.as("Alex P.", () -> measures.dueFor(alex.getId()))).isEmpty();
    assertThat(a.as("Cleo Clinician", () -> measures.assignmentsOf(alex.getId())))
        .singleElement()
        .satisfies(stopped -> assertThat(stopped.isStopped()).isTrue());
  }

  /**
   * The BAM is stored with its use score as the result and every answer, so its risk and protective
   * factors read back from the stored answers; days of a drug after no day of drug use are refused
   * with nothing stored.
   */
  @Test
  void bamIsStoredWithItsUseScoreAndItsOtherScoresReadBackFromTheAnswers() {
    var assignment = assign(Instrument.BAM, MeasureSchedule.everyWeeks(4));
    var answers = new ArrayList<>(Collections.nCopies(23, 0));
    answers.set(5, 2);
    answers.set(10, 2);
    answers.set(13, 4);
    var opioidsWithoutDrugUse = new ArrayList<>(Collections.nCopies(23, 0));
    opioidsWithoutDrugUse.set(10, 2);

    assertThatThrownBy(() -> answer(assignment, opioidsWithoutDrugUse))
        .isInstanceOfSatisfying(
            InvalidInputException.class, invalid -> assertThat(invalid.field()).isEqualTo("q7e"));
    var outcome = answer(assignment, answers);

    assertThat(outcome.urgentSupportRaised()).isFalse();
    var stored = a.as("Cleo Clinician", () -> measures.resultsOf(alex.getId())).getFirst();
    assertThat(stored.getTotalScore()).isEqualTo(2);
    assertThat(stored.getBand()).isEqualTo("Any use");
    assertThat(stored.answers()).isEqualTo(answers);
    assertThat(Instrument.BAM.questionnaire().subscaleScores(stored.answers()))
        .extracting(ScaleScore::points)
        .containsExactly(4, 0);
  }

  private MeasureAssignment assign(Instrument instrument, MeasureSchedule schedule) {
    return a.as("Cleo Clinician", () -> measures.assign(alex.getId(), instrument, schedule));
  }

  private MeasureOutcome answer(MeasureAssignment assignment, List<Integer> answers) {
    return a.as(
        "Alex P.",
        () -> measures.complete(assignment.getId(), assignment.nextDue().orElseThrow(), answers));
  }

  private static Object done(Runnable command) {
    command.run();
    return "done";
  }
}
