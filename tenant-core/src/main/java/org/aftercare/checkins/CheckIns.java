package org.aftercare.checkins;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Daily recovery check-ins and the recovery start date. Days are the clinic's calendar days; a
 * second check-in on the same day replaces the first. Moving the recovery start date keeps the old
 * one in {@code recovery_start_change}.
 */
@ApplicationScoped
@TenantAware
public class CheckIns {

  static final String AUDIT_TYPE = "Client";
  private static final int CHART_DAYS = 30;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject Caller caller;
  @Inject ClientService clients;
  @Inject ClinicSettingsService clinic;
  @Inject AuditService audit;

  @Transactional
  @Requires(CLIENT)
  public DailyCheckIn record(UUID clientId, CheckInAnswers answers) {
    care.requireSelf(clientId);
    answers.validate();
    clients.findLocked(clientId).orElseThrow(() -> new NotFoundException("Client"));
    LocalDate today = today();
    DailyCheckIn checkIn =
        on(clientId, today)
            .orElseGet(
                () -> {
                  var fresh = new DailyCheckIn(clientId, today);
                  em.persist(fresh);
                  return fresh;
                });
    checkIn.answer(answers, clock.instant());
    audit.record(AuditAction.CHECK_IN_RECORDED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return checkIn;
  }

  @Requires({CLIENT, CLINICIAN, PEER_MENTOR})
  public RecoveryProgress progressOf(UUID clientId) {
    care.requireMayOpen(clientId);
    Client client = existingClient(clientId);
    ZoneId zone = zone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Optional<LocalDate> start = Optional.ofNullable(client.getRecoveryStartDate());
    List<DailyCheckIn> recent =
        em.createQuery(
                "select c from DailyCheckIn c where c.clientId = :client and c.day > :from"
                    + " order by c.day",
                DailyCheckIn.class)
            .setParameter("client", clientId)
            .setParameter("from", today.minusDays(CHART_DAYS))
            .getResultList();
    return new RecoveryProgress(
        today,
        start.map(since -> ChronoUnit.DAYS.between(since, today)),
        start.map(since -> RecoveryMilestones.next(since, now, zone)),
        start.flatMap(since -> RecoveryMilestones.recent(since, today)),
        streak(clientId, today),
        recent.stream().filter(c -> c.getDay().equals(today)).findFirst(),
        recent);
  }

  /**
   * Sets a new recovery start date (after a lapse, by the client's clinician); the previous date
   * stays in the history.
   */
  @Transactional
  @Requires(CLINICIAN)
  public void restartRecovery(UUID clientId, LocalDate newStart) {
    Client client = existingClient(clientId);
    if (newStart == null || newStart.isAfter(today())) {
      throw InvalidInputException.worded(
          "recoveryStart",
          "Choose today or a day in the past.",
          "refusal.checkins.recoveryStart.future");
    }
    em.persist(
        new RecoveryStartChange(
            clientId, client.getRecoveryStartDate(), newStart, caller.accountId().orElse(null)));
    em.createQuery("update Client c set c.recoveryStartDate = :start where c.id = :client")
        .setParameter("start", newStart)
        .setParameter("client", clientId)
        .executeUpdate();
    audit.record(AuditAction.RECOVERY_START_CHANGED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
  }

  @Requires(CLINICIAN)
  public List<RecoveryStartChange> recoveryStartHistory(UUID clientId) {
    return em.createQuery(
            "select r from RecoveryStartChange r where r.clientId = :client order by r.changedAt desc",
            RecoveryStartChange.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** Consecutive days with a check-in, ending today (or yesterday, while today is still open). */
  private int streak(UUID clientId, LocalDate today) {
    var days =
        new HashSet<>(
            em.createQuery(
                    "select c.day from DailyCheckIn c where c.clientId = :client and c.day > :from",
                    LocalDate.class)
                .setParameter("client", clientId)
                .setParameter("from", today.minusYears(1))
                .getResultList());
    LocalDate day = days.contains(today) ? today : today.minusDays(1);
    int streak = 0;
    while (days.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    return streak;
  }

  private Optional<DailyCheckIn> on(UUID clientId, LocalDate day) {
    return em.createQuery(
            "select c from DailyCheckIn c where c.clientId = :client and c.day = :day",
            DailyCheckIn.class)
        .setParameter("client", clientId)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  private Client existingClient(UUID clientId) {
    return clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  private ZoneId zone() {
    return ZoneId.of(clinic.current().timeZone());
  }
}
