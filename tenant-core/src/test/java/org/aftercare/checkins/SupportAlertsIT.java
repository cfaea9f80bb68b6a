package org.aftercare.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.aftercare.clients.Client;
import org.aftercare.identity.Account;
import org.aftercare.shared.ConflictException;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.AtOnce;
import org.aftercare.testing.ClinicThreads;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.aftercare.testing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * "I need support now": the mentor and the on-call clinician are mailed at once, one alert stays
 * open until someone acknowledges it, and one left unanswered past the clinic's escalation time is
 * mailed once to every clinician and admin.
 */
class SupportAlertsIT extends DeployedDomain {

  private static final String RAISED = "A client asked for support now";
  private static final String ESCALATED = "Unanswered support request";
  private static final int ESCALATION_MINUTES = 20;

  @Inject SupportAlerts alerts;
  @Inject ClinicThreads threads;
  @Inject TenantService tenants;

  private Account morgan;
  private Account olive;
  private Account pat;
  private Account ada;
  private Client alex;
  private Client blake;

  /**
   * Morgan mentors Alex; Olive is the clinician on call, Pat another clinician, Ada the admin;
   * Blake has no mentor.
   */
  @BeforeEach
  void clinicWithAMentorAndAClinicianOnCall() {
    Scenario a =
        clinicA()
            .withMentor("Morgan Mentor")
            .withClinician("Olive On-Call", "Pat Clinician")
            .withAdmin("Ada Admin")
            .withClients("Alex P.", "Blake R.")
            .withMentee("Alex P.", "Morgan Mentor")
            .build();
    morgan = a.staff("Morgan Mentor");
    olive = a.staff("Olive On-Call");
    pat = a.staff("Pat Clinician");
    ada = a.staff("Ada Admin");
    alex = a.client("Alex P.");
    blake = a.client("Blake R.");
    useSettings(olive.getId(), null);
  }

  @Test
  void alertIsMailedToTheMentorAndTheClinicianOnCall() {
    var alert = raise(alex);

    assertThat(alert.isOpen()).isTrue();
    assertThat(mailsTo(morgan, RAISED)).isEqualTo(1);
    assertThat(mailsTo(olive, RAISED)).isEqualTo(1);
    assertThat(mailsTo(pat, RAISED)).isZero();
    assertThat(mailsTo(ada, RAISED)).isZero();
    assertThat(clinics.asClinicA(() -> alerts.open()))
        .extracting(SupportAlert::getId)
        .containsExactly(alert.getId());
    assertThat(clinics.asClinicA(() -> alerts.openOf(alex.getId())))
        .extracting(SupportAlert::getId)
        .containsExactly(alert.getId());
  }

  @Test
  void clientWithoutAMentorReachesTheClinicianOnCall() {
    raise(blake);

    assertThat(mailsTo(olive, RAISED)).isEqualTo(1);
    assertThat(mailsTo(morgan, RAISED)).isZero();
  }

  @Test
  void secondPressWhileTheAlertIsOpenReturnsTheSameAlert() {
    var first = raise(alex);

    var second = raise(alex);

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(clinics.asClinicA(() -> alerts.open())).hasSize(1);
    assertThat(mailsTo(morgan, RAISED)).isEqualTo(1);
    assertThat(mailsTo(olive, RAISED)).isEqualTo(1);
  }

  /** A double tap on the button: repeated, because the two presses may or may not overlap. */
  @RepeatedTest(3)
  void twoPressesAtOnceRaiseOneAlert() throws Exception {
    Callable<?> press = () -> threads.callAs(clinics.clinicA(), () -> alerts.raise(alex.getId()));

    var outcomes = AtOnce.outcomesOf(List.of(press, press));

    assertThat(outcomes)
        .allSatisfy(pressed -> assertThat(pressed).isInstanceOf(SupportAlert.class));
    assertThat(outcomes.stream().map(pressed -> ((SupportAlert) pressed).getId()).distinct())
        .hasSize(1);
    assertThat(clinics.asClinicA(() -> alerts.open())).hasSize(1);
    assertThat(mailsTo(morgan, RAISED)).isEqualTo(1);
  }

  @Test
  void acknowledgingClosesTheAlertOnceAndANewPressOpensAnother() {
    var alert = raise(alex);

    var acknowledged = acknowledge(alert, olive);

    assertThat(acknowledged.isOpen()).isFalse();
    assertThat(acknowledged.acknowledgedAt()).isPresent();
    assertThat(clinics.asClinicA(() -> alerts.open())).isEmpty();
    assertThatThrownBy(() -> acknowledge(alert, pat)).isInstanceOf(ConflictException.class);

    var next = raise(alex);
    assertThat(next.getId()).isNotEqualTo(alert.getId());
    assertThat(mailsTo(morgan, RAISED)).isEqualTo(2);
  }

  @Test
  void onlyOverdueUnacknowledgedAlertsEscalateAndOnlyOnce() {
    var alexs = raise(alex);
    var blakes = raise(blake);
    acknowledge(blakes, olive);
    var due = alexs.getRaisedAt().plus(Duration.ofMinutes(ESCALATION_MINUTES));

    assertThat(escalateOverdue(due.minusSeconds(60))).isZero();
    assertThat(mailsTo(pat, ESCALATED)).isZero();

    assertThat(escalateOverdue(due.plusSeconds(60))).isEqualTo(1);
    assertThat(escalateOverdue(due.plusSeconds(600))).isZero();

    assertThat(mailsTo(olive, ESCALATED)).isEqualTo(1);
    assertThat(mailsTo(pat, ESCALATED)).isEqualTo(1);
    assertThat(mailsTo(ada, ESCALATED)).isEqualTo(1);
    assertThat(mailsTo(morgan, ESCALATED)).isZero();
    assertThat(clinics.asClinicA(() -> alerts.openOf(alex.getId())))
        .singleElement()
        .satisfies(alert -> assertThat(alert.isEscalated()).isTrue());
  }

  /**
   * Every app instance runs the upkeep timer: two escalating at the same moment escalate the alert
   * once between them, and neither fails (a failure would skip the clinic's other upkeep).
   */
  @RepeatedTest(3)
  void twoTimersEscalatingAtOnceEscalateOnceBetweenThem() throws Exception {
    var alert = raise(alex);
    var due = alert.getRaisedAt().plus(Duration.ofMinutes(ESCALATION_MINUTES + 1));
    Callable<?> timer = () -> threads.callAs(clinics.clinicA(), () -> alerts.escalateOverdue(due));

    var outcomes = AtOnce.outcomesOf(List.of(timer, timer));

    assertThat(outcomes).containsExactlyInAnyOrder(0, 1);
    assertThat(mailsTo(pat, ESCALATED)).isEqualTo(1);
    assertThat(mailsTo(ada, ESCALATED)).isEqualTo(1);
  }

  @Test
  void clientSeesTheClinicsCrisisContacts() {
    assertThat(clinics.asClinicA(() -> alerts.crisisContacts())).isEmpty();

    useSettings(olive.getId(), "  Call or text 988, day and night ");

    assertThat(clinics.asClinicA(() -> alerts.crisisContacts()))
        .isEqualTo("Call or text 988, day and night");
  }

  private void useSettings(UUID onCall, String crisisContacts) {
    clinics.asClinicA(
        () ->
            clinicRecords.applyEngagementSettings(
                clinics.clinicA(),
                new EngagementSettings(2, 3, 8, 60, ESCALATION_MINUTES, onCall, crisisContacts)));
  }

  private SupportAlert raise(Client client) {
    return clinics.asClinicA(() -> alerts.raise(client.getId()));
  }

  private SupportAlert acknowledge(SupportAlert alert, Account by) {
    return clinics.asClinicA(
        () -> fixtures.as(by.getId(), () -> alerts.acknowledge(alert.getId())));
  }

  private int escalateOverdue(Instant now) {
    return clinics.asClinicA(() -> alerts.escalateOverdue(now));
  }

  private static long mailsTo(Account person, String subject) {
    return DevMailbox.count(person.getEmail(), subject);
  }
}
