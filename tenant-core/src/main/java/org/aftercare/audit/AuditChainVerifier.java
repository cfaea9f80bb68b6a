package org.aftercare.audit;

import static org.aftercare.access.Role.CLINIC_ADMIN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Requires;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Walks the current clinic's audit chain from its first entry and reports the first place where it
 * does not hold. Entries are read a page at a time in sequence order, so memory stays at one page
 * however long the trail.
 *
 * <p>What it cannot see: entries removed from the end of the trail leave no gap behind them. The
 * number of entries checked is reported so that it can be compared with an earlier run.
 */
@ApplicationScoped
@TenantAware
public class AuditChainVerifier {

  static final int PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject ChainKey key;

  /**
   * Never inside a caller's transaction: there the persistence context would keep every entry read.
   * Outside one, each page is cleared before the next is read.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  @Requires(CLINIC_ADMIN)
  public ChainVerification verify() {
    UUID tenant =
        tenantContext
            .tenantId()
            .orElseThrow(() -> new IllegalStateException("Verifying needs a clinic"));
    var walk = new ChainWalk(tenant, key);
    List<AuditEvent> page = pageAfter(0);
    while (!page.isEmpty()) {
      for (AuditEvent event : page) {
        Optional<ChainBreak> broken = walk.check(event);
        if (broken.isPresent()) {
          return ChainVerification.broken(walk.checked(), broken.get());
        }
      }
      em.clear();
      page = pageAfter(walk.lastVerifiedSequence());
    }
    return ChainVerification.intact(walk.checked());
  }

  private List<AuditEvent> pageAfter(long sequence) {
    return em.createNamedQuery(AuditEvent.CHAIN_AFTER, AuditEvent.class)
        .setParameter("after", sequence)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }
}
