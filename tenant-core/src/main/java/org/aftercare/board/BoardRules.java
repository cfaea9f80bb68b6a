package org.aftercare.board;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The clinic's board settings (its own table, one row per clinic, absent until an admin saves: the
 * defaults hold until then) and each member's acceptance of the code of conduct. A member accepts
 * once per version; changing the text makes a new version, which every member accepts again before
 * their next post.
 */
@ApplicationScoped
@TenantAware
public class BoardRules {

  static final String CLINIC_AUDIT_TYPE = "Clinic";
  static final String CLIENT_AUDIT_TYPE = "Client";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject Caller caller;
  @Inject AuditService audit;

  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public BoardSettings settings() {
    return settingsNow();
  }

  /**
   * Saves the clinic's board settings; the version of the code of conduct counts up when its text
   * changed (the version given is ignored).
   */
  @Transactional
  @Requires(CLINIC_ADMIN)
  public BoardSettings save(BoardSettings wanted) {
    wanted.validate();
    BoardSettings before = settingsNow();
    int version =
        before.codeOfConduct().equals(wanted.codeOfConduct())
            ? before.conductVersion()
            : before.conductVersion() + 1;
    UUID clinic = tenantContext.tenantId().orElseThrow();
    ClinicSql.query(
            em,
            "insert into board_settings (tenant_id, code_of_conduct, conduct_version,"
                + " links_allowed, retention_days, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                + " on conflict (tenant_id) do update set code_of_conduct = excluded.code_of_conduct,"
                + " conduct_version = excluded.conduct_version,"
                + " links_allowed = excluded.links_allowed,"
                + " retention_days = excluded.retention_days, updated_at = excluded.updated_at")
        .setParameter(1, clinic)
        .setParameter(2, wanted.codeOfConduct())
        .setParameter(3, version)
        .setParameter(4, wanted.linksAllowed())
        .setParameter(5, wanted.retentionDays())
        .setParameter(6, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(
        AuditAction.BOARD_SETTINGS_CHANGED, CLINIC_AUDIT_TYPE, clinic, AuditOutcome.SUCCESS);
    return settingsNow();
  }

  /**
   * The signed-in client accepts the code of conduct they were shown; refused when it changed while
   * they read it, so no one accepts a text they did not see.
   */
  @Transactional
  @Requires(CLIENT)
  public void acceptCodeOfConduct(int version) {
    UUID client = caller.requireClient();
    if (version != settingsNow().conductVersion()) {
      throw InvalidInputException.worded(
          "codeOfConduct",
          "The code of conduct has just changed. Read the new text and accept it.",
          "refusal.board.conductChanged");
    }
    ClinicSql.query(
            em,
            "insert into board_conduct_acceptance (tenant_id, account_id, conduct_version,"
                + " accepted_at) values (?1, ?2, ?3, ?4) on conflict (tenant_id, account_id)"
                + " do update set conduct_version = excluded.conduct_version,"
                + " accepted_at = excluded.accepted_at")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, caller.requirePerson())
        .setParameter(3, version)
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(
        AuditAction.BOARD_CONDUCT_ACCEPTED, CLIENT_AUDIT_TYPE, client, AuditOutcome.SUCCESS);
  }

  BoardSettings settingsNow() {
    List<?> rows =
        ClinicSql.query(
                em,
                "select code_of_conduct, conduct_version, links_allowed, retention_days"
                    + " from board_settings")
            .getResultList();
    if (rows.isEmpty()) {
      return BoardSettings.DEFAULT;
    }
    Object[] row = (Object[]) rows.getFirst();
    return new BoardSettings(
        (String) row[0],
        ((Number) row[1]).intValue(),
        (Boolean) row[2],
        ((Number) row[3]).intValue());
  }
}
