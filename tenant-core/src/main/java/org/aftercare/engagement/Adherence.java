package org.aftercare.engagement;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        periodQuery(EngagementSql.summaries(true), from, to, now, Optional.of(clientId))
            .getResultList();
    return rows.getFirst();
  }

  /** Every client's summary for the period, in one statement. */
  @Requires(CLINICIAN)
  public List<AdherenceSummary> ofClinic(LocalDate from, LocalDate to) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        periodQuery(EngagementSql.summaries(false), from, to, now, Optional.empty())
            .getResultList();
    Map<UUID, List<Flag>> current = flags.byClient(now);
    return rows.stream()
        .map(row -> summary(row, from, to, current.getOrDefault(ClinicSql.uuid(row[0]), List.of())))
        .toList();
  }

  /**
   * Binds the parameters in the order {@link EngagementSql#summaries} documents: the period, its
   * days, then the client filter of its sessions and of its result.
   */
  private Query periodQuery(
      String sql, LocalDate from, LocalDate to, Instant now, Optional<UUID> client) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", "The period ends on or after the day it starts.");
    }
    ZoneId zone = ZoneId.of(clinic.current().timeZone());
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    var parameters = new ArrayList<Object>();
    parameters.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
    parameters.add(Timestamp.from(end.isAfter(now) ? now : end));
    parameters.add(Date.valueOf(from));
    parameters.add(Date.valueOf(to));
    client.ifPresent(id -> parameters.add(id.toString()));
    client.ifPresent(id -> parameters.add(id.toString()));
    Query query = ClinicSql.query(em, sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
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
