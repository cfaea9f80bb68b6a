package org.aftercare.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Deletes the current clinic's board posts (with their replies) and reports older than the clinic
 * keeps them: peer talk about recovery is not kept longer than it serves. The upkeep's daily work,
 * one clinic per transaction; the audit trail keeps only how many went.
 */
@ApplicationScoped
@TenantAware
public class BoardRetention {

  @PersistenceContext private EntityManager em;
  @Inject BoardRules rules;
  @Inject TenantContext tenantContext;
  @Inject AuditService audit;

  /** Returns how many posts were deleted. */
  @Transactional
  @Requires({})
  public int deleteExpired(Instant now) {
    Instant cutoff = now.minus(Duration.ofDays(rules.settingsNow().retentionDays()));
    em.createQuery("delete from BoardReport r where r.reportedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
    // One statement: a thread's replies go with it, even those younger than the cutoff.
    int deleted =
        ClinicSql.query(
                em,
                "delete from board_post where posted_at < ?1"
                    + " or reply_to in (select id from board_post where posted_at < ?1)")
            .setParameter(1, Timestamp.from(cutoff))
            .executeUpdate();
    if (deleted > 0) {
      audit.record(
          AuditAction.BOARD_POSTS_EXPIRED,
          BoardRules.CLINIC_AUDIT_TYPE,
          tenantContext.tenantId().orElseThrow(),
          AuditOutcome.SUCCESS);
    }
    return deleted;
  }
}
