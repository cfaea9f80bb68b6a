package org.aftercare.coping;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.CareRelationships;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.ClientService;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The coping tools on the client's phone and the counting of their use: one number per tool and
 * clinic day, never what the client tapped or wrote. The counts reach the client's clinician and
 * mentor only while the client allows it — off until the client turns it on, and a client who turns
 * it off hides the past counts too.
 */
@ApplicationScoped
@TenantAware
public class CopingTools {

  /** How far back staff see the counts: the same month the check-in chart shows. */
  public static final int DAYS_SHOWN = 30;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject CareRelationships care;
  @Inject ClientService clients;
  @Inject ClinicSettingsService clinic;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;

  /** Counts one use of {@code tool} by the signed-in client today (the clinic's day). */
  @Transactional
  @Requires(CLIENT)
  public void recordUse(CopingTool tool) {
    UUID clientId = caller.requireClient();
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    ClinicSql.query(
            em,
            "insert into coping_tool_use (tenant_id, client_id, tool, day, uses)"
                + " values (?1, ?2, ?3, ?4, 1)"
                + " on conflict (tenant_id, client_id, day, tool) do update"
                + " set uses = coping_tool_use.uses + 1")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, clientId)
        .setParameter(3, tool.name())
        .setParameter(4, Date.valueOf(today()))
        .executeUpdate();
  }

  /**
   * A HALT check: what applies now, answered with what to do about it (counted as a use). With
   * nothing ticked, the answer is a word of encouragement.
   */
  @Transactional
  @Requires(CLIENT)
  public List<String> haltCheck(Set<HaltNeed> needs) {
    recordUse(CopingTool.HALT_CHECK);
    if (needs == null || needs.isEmpty()) {
      return List.of(
          "None of the four right now: good. If a craving is still there, try urge surfing.");
    }
    return needs.stream().sorted().flatMap(need -> need.suggestions().stream()).toList();
  }

  /** Whether the signed-in client lets their clinician and mentor see their use counts. */
  @Requires(CLIENT)
  public boolean sharesUseCounts() {
    return isShared(caller.requireClient());
  }

  @Transactional
  @Requires(CLIENT)
  public void shareUseCounts(boolean shared) {
    UUID clientId = caller.requireClient();
    ClinicSql.query(
            em,
            "insert into coping_use_sharing (tenant_id, client_id, shared, changed_at)"
                + " values (?1, ?2, ?3, ?4)"
                + " on conflict (tenant_id, client_id) do update"
                + " set shared = excluded.shared, changed_at = excluded.changed_at")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, clientId)
        .setParameter(3, shared)
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(
        AuditAction.COPING_USE_SHARING_CHANGED,
        CopingPlans.AUDIT_TYPE,
        clientId,
        AuditOutcome.SUCCESS);
  }

  /**
   * The client's use counts of the last {@value #DAYS_SHOWN} days, for their clinician or current
   * mentor; empty while the client does not share them.
   */
  @Requires({CLINICIAN, PEER_MENTOR})
  public Optional<ToolUseCounts> useCountsOf(UUID clientId) {
    care.requireMayOpen(clientId);
    clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
    if (!isShared(clientId)) {
      return Optional.empty();
    }
    LocalDate to = today();
    LocalDate from = to.minusDays(DAYS_SHOWN - 1L);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                "select day, tool, uses from coping_tool_use"
                    + " where client_id = ?1 and day between ?2 and ?3 order by day, tool")
            .setParameter(1, clientId)
            .setParameter(2, Date.valueOf(from))
            .setParameter(3, Date.valueOf(to))
            .getResultList();
    audit.record(
        AuditAction.COPING_USES_VIEWED, CopingPlans.AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    return Optional.of(
        new ToolUseCounts(
            from,
            to,
            rows.stream()
                .map(
                    row ->
                        new DailyToolUse(
                            ((Date) row[0]).toLocalDate(),
                            CopingTool.valueOf((String) row[1]),
                            ((Number) row[2]).intValue()))
                .toList()));
  }

  private boolean isShared(UUID clientId) {
    List<?> rows =
        ClinicSql.query(em, "select shared from coping_use_sharing where client_id = ?1")
            .setParameter(1, clientId)
            .getResultList();
    return rows.stream().anyMatch(Boolean.TRUE::equals);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneId.of(clinic.current().timeZone()));
  }
}
