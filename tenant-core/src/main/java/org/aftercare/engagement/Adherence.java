package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Adherence summaries, for one client or the whole clinic, over a period of the clinic's calendar
 * days. The one service the dashboards and the care-team integrations read.
 */
@ApplicationScoped
@TenantAware
public class Adherence {

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject CareRelationships care;
  @Inject AuditService audit;
  @Inject ClinicSettingsService clinic;
  @Inject ClientService clients;
  @Inject EngagementFlags flags;

  @Requires({CLINICIAN, PEER_MENTOR})
  public AdherenceSummary of(UUID clientId, LocalDate from, LocalDate to) {
    Instant now = clock.instant();
    Object[] row = row(clientId, from, to, now);
    var current = flags.byClient(Set.of(clientId), now).getOrDefault(clientId, List.of());
    return summary(row, from, to, current);
  }

  /**
   * The figures alone, without the client's current flags: what leaves the clinic in a care-team
   * summary, which carries no flags.
   */
  @Requires({CLINICIAN, PEER_MENTOR})
  public AdherenceSummary figuresOf(UUID clientId, LocalDate from, LocalDate to) {
    return summary(row(clientId, from, to, clock.instant()), from, to, List.of());
  }

  private Object[] row(UUID clientId, LocalDate from, LocalDate to, Instant now) {
    care.requireMayOpen(clientId);
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    audit.record(AuditAction.ENGAGEMENT_VIEWED, "Client", clientId, AuditOutcome.SUCCESS);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        EngagementSql.summaryOf(clientId, period(from, to, now)).query(em).getResultList();
    return rows.getFirst();
  }

  /** Every client's summary for the period, in one statement. */
  @Requires(CLINICIAN)
  public List<AdherenceSummary> ofClinic(LocalDate from, LocalDate to) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = EngagementSql.summaries(period(from, to, now)).query(em).getResultList();
    Map<UUID, List<Flag>> current = flags.byClient(now);
    return rows.stream()
        .map(row -> summary(row, from, to, current.getOrDefault(ClinicSql.uuid(row[0]), List.of())))
        .toList();
  }

  private EngagementSql.Period period(LocalDate from, LocalDate to, Instant now) {
    if (from == null || to == null || to.isBefore(from)) {
      throw InvalidInputException.worded(
          "to",
          "The period ends on or after the day it starts.",
          "refusal.engagement.period.order");
    }
    return EngagementSql.Period.of(from, to, ZoneId.of(clinic.current().timeZone()), now);
  }

  private static AdherenceSummary summary(
      Object[] row, LocalDate from, LocalDate to, List<Flag> flags) {
    return new AdherenceSummary(
        ClinicSql.uuid(row[0]),
        from,
        to,
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]),
        number(row[6]),
        number(row[7]),
        flags);
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
