package org.aftercare.platform;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.checkins.SupportAlert;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.identity.Account;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.tenancy.TenantService;
import org.aftercare.testing.ClinicRows;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.testing.DevMailbox;
import org.junit.jupiter.api.Test;

/**
 * The every-minute upkeep with two clinics in one tick, through the timer's own entry point: each
 * clinic's work runs in its own transaction under its own row-level security, so clinic A's
 * lock-taking work cannot leave B's alerts unescalated or let B's settings reach A's rows.
 */
class ClinicUpkeepIT extends DeployedDomain {

  private static final String ESCALATED = "Unanswered support request";
  private static final String REMINDER = "Reminder: your session";
  private static final int ESCALATION_MINUTES = 20;

  @Inject ClinicTimers timers;
  @Inject ClinicUpkeep upkeep;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject SupportAlerts alerts;
  @Inject AuditService audit;
  @Inject TenantService tenants;

  @Resource UserTransaction transaction;

  /**
   * A (registered first, so upkept first) has a seat offer that ran out — expiring it locks the
   * group — and sends reminders one hour ahead; B has an unanswered support alert and sends
   * reminders two hours ahead. Each has a session in half an hour with one enrolled client.
   */
  @Test
  void oneTickEscalatesTheSecondClinicsAlertOnceAndKeepsEachClinicsSettingsToItsOwnRows() {
    remindHoursAhead(clinics.clinicA(), "1");
    remindHoursAhead(clinics.clinicB(), "2");
    var a = sessionInHalfAnHour(clinics.clinicA());
    var b = sessionInHalfAnHour(clinics.clinicB());
    Enrollment offered = offerThatRanOut(a);
    Account olive = clinicianOnCallIn(clinics.clinicB());
    SupportAlert unanswered = alertUnansweredForAnHour(b.client());

    timers.minute(Instant.now());

    assertThat(clinics.asClinicB(() -> alerts.openOf(b.client().getId())))
        .singleElement()
        .satisfies(alert -> assertThat(alert.getId()).isEqualTo(unanswered.getId()))
        .satisfies(alert -> assertThat(alert.isEscalated()).isTrue());
    assertThat(DevMailbox.count(olive.getEmail(), ESCALATED)).isEqualTo(1);
    assertThat(clinics.asClinicA(() -> enrollments.find(offered.getId())).orElseThrow().getStatus())
        .isEqualTo(EnrollmentStatus.OFFER_EXPIRED);
    assertThat(DevMailbox.count(a.client().getEmail(), REMINDER)).isEqualTo(1);
    assertThat(DevMailbox.count(b.client().getEmail(), REMINDER)).isEqualTo(1);
    assertThat(leadHoursClaimed(clinics.clinicA(), a.session())).isEqualTo(Set.of(1));
    assertThat(leadHoursClaimed(clinics.clinicB(), b.session())).isEqualTo(Set.of(2));

    timers.minute(Instant.now());

    assertThat(DevMailbox.count(olive.getEmail(), ESCALATED)).isEqualTo(1);
    assertThat(DevMailbox.count(a.client().getEmail(), REMINDER)).isEqualTo(1);
    assertThat(DevMailbox.count(b.client().getEmail(), REMINDER)).isEqualTo(1);
  }

  /** Each clinic's chain head goes to the log, read in that clinic: its own entry, its own hash. */
  @Test
  void theHourlyExportNamesEachClinicsOwnChainHead() {
    clinics.asClinicA(() -> fixtures.client("Ana"));
    clinics.asClinicB(() -> fixtures.client("Bo"));
    clinics.asClinicB(() -> fixtures.client("Cy"));
    var headOfA = clinics.asClinicA(audit::head).orElseThrow();
    var headOfB = clinics.asClinicB(audit::head).orElseThrow();

    List<String> lines = upkeep.exportAuditChainHeads(Instant.now());

    assertThat(headOfB.sequence()).isGreaterThan(headOfA.sequence());
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("clinic " + clinics.clinicA())
                    .contains("entry #" + headOfA.sequence() + ", hash " + headOfA.hash()))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("clinic " + clinics.clinicB())
                    .contains("entry #" + headOfB.sequence() + ", hash " + headOfB.hash()));
  }

  @Test
  void clinicCannotBeSwitchedInsideATransaction() throws Exception {
    transaction.begin();
    try {
      assertThatThrownBy(() -> clinics.asClinicA(() -> alerts.open()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inside a transaction");
    } finally {
      transaction.rollback();
    }
    assertThat(clinics.asClinicA(() -> alerts.open())).isEmpty();
  }

  /**
   * Should a clinic's work ever run on a connection set for another clinic, its audit entries are
   * refused with a clear message and the transaction rolls back. The data source hands a
   * transaction's statements the physical connection EclipseLink holds, so the test can change that
   * connection's setting mid-transaction; the entries are chained when the transaction commits.
   */
  @Test
  void auditEntryIsRefusedOnAConnectionSetForAnotherClinic() throws Exception {
    long entriesBefore = auditEntriesOfClinicA();
    tenantContext.enter(clinics.clinicA());
    transaction.begin();
    try {
      audit.record(AuditAction.CLIENT_VIEWED, "Client", null, AuditOutcome.SUCCESS);
      try (var connection = dataSource.getConnection();
          var setting =
              connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        setting.setString(1, clinics.clinicB().toString());
        setting.execute();
      }

      assertThatThrownBy(transaction::commit)
          .isInstanceOf(RollbackException.class)
          .hasStackTraceContaining("refused: the transaction's connection is set for clinic");
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      tenantContext.clear();
    }
    assertThat(auditEntriesOfClinicA()).isEqualTo(entriesBefore);
  }

  private long auditEntriesOfClinicA() {
    return new ClinicRows(dataSource, clinics.clinicA()).count("select count(*) from audit_event");
  }

  private record Placed(GroupSession session, Client client) {}

  private void remindHoursAhead(UUID clinic, String hours) {
    var current = tenants.find(clinic).orElseThrow();
    tenantContext.callAs(
        clinic,
        () ->
            clinicRecords.applySettings(
                clinic,
                new ClinicSettings(
                    current.getName(),
                    current.getTimeZone().getId(),
                    null,
                    null,
                    null,
                    null,
                    hours,
                    null)));
  }

  /** A group of two seats whose first session starts in half an hour, with one client enrolled. */
  private Placed sessionInHalfAnHour(UUID clinic) {
    ZoneId zone = tenants.find(clinic).orElseThrow().getTimeZone();
    ZonedDateTime start =
        Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES).atZone(zone);
    return tenantContext.callAs(
        clinic,
        () -> {
          UUID dana = fixtures.clinician("Dana Lead").getId();
          var group =
              groups.create(
                  aGroup()
                      .withCapacity(2)
                      .inZone(zone.getId())
                      .startingOn(start.toLocalDate())
                      .at(start.toLocalTime())
                      .lasting(60)
                      .build(),
                  Set.of(dana));
          Client alex = fixtures.client("Alex P.");
          enrollments.enrol(group.getId(), alex.getId(), false);
          return new Placed(sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst(), alex);
        });
  }

  /** Fills the group's second seat, frees it, and back-dates the offer to the next in line. */
  private Enrollment offerThatRanOut(Placed placed) {
    UUID group = placed.session().getGroup().getId();
    Enrollment offered =
        clinics.asClinicA(
            () -> {
              var leaving = enrollments.enrol(group, fixtures.client("Blake R.").getId(), false);
              var waiting = enrollments.enrol(group, fixtures.client("Casey S.").getId(), false);
              enrollments.withdraw(leaving.getId(), "Moved away");
              return enrollments.find(waiting.getId()).orElseThrow();
            });
    assertThat(offered.getStatus()).isEqualTo(EnrollmentStatus.OFFERED);
    assertThat(
            rowsOfClinicA()
                .update(
                    "update enrollment set offer_expires_at = now() - interval '1 minute'"
                        + " where id = ?",
                    offered.getId()))
        .isEqualTo(1);
    return offered;
  }

  private Account clinicianOnCallIn(UUID clinic) {
    Account olive = tenantContext.callAs(clinic, () -> fixtures.clinician("Olive On-Call"));
    tenantContext.callAs(
        clinic,
        () ->
            clinicRecords.applyEngagementSettings(
                clinic,
                new EngagementSettings(2, 3, 8, 60, ESCALATION_MINUTES, olive.getId(), null)));
    return olive;
  }

  private SupportAlert alertUnansweredForAnHour(Client client) {
    SupportAlert alert = clinics.asClinicB(() -> alerts.raise(client.getId()));
    assertThat(
            new ClinicRows(dataSource, clinics.clinicB())
                .update(
                    "update support_alert set raised_at = now() - interval '1 hour' where id = ?",
                    alert.getId()))
        .isEqualTo(1);
    return alert;
  }

  private Set<Integer> leadHoursClaimed(UUID clinic, GroupSession session) {
    var rows = new ClinicRows(dataSource, clinic);
    var hours = new TreeSet<Integer>();
    for (int lead = 1; lead <= 2; lead++) {
      if (rows.count(
              "select count(*) from session_reminder where session_id = ? and lead_hours = ?",
              session.getId(),
              lead)
          > 0) {
        hours.add(lead);
      }
    }
    return hours;
  }
}
