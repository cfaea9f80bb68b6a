package org.aftercare.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.shared.LogContext;

/**
 * The clinic the current request acts for. Set once from the signed-in user at the request's entry
 * point and cleared when the request ends; no request parameter can change it.
 *
 * <p>The clinic never changes inside a transaction: the transaction's connection keeps the {@code
 * app.tenant_id} it was given for the clinic it began with, so row-level security would go on
 * filtering for that clinic while EclipseLink filters for the new one. Background work loops over
 * clinics outside a transaction and starts one per clinic.
 */
@RequestScoped
public class TenantContext {

  @Resource TransactionSynchronizationRegistry transactions;

  private UUID tenantId;

  public Optional<UUID> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public void enter(UUID tenant) {
    refuseSwitchInsideTransaction(tenant);
    this.tenantId = tenant;
    LogContext.enterClinic(tenant);
  }

  public void clear() {
    this.tenantId = null;
    LogContext.enterClinic(null);
  }

  /**
   * Runs {@code work} for {@code tenant} and restores the previous clinic afterwards: for sign-in
   * (the account is looked up before anyone is signed in) and for work with no user, such as
   * seeding and upkeep.
   */
  public <T> T callAs(UUID tenant, Supplier<T> work) {
    refuseSwitchInsideTransaction(tenant);
    UUID previous = tenantId;
    tenantId = tenant;
    UUID previousInLog = LogContext.enterClinic(tenant);
    try {
      return work.get();
    } finally {
      tenantId = previous;
      LogContext.enterClinic(previousInLog);
    }
  }

  private void refuseSwitchInsideTransaction(UUID tenant) {
    if (!Objects.equals(tenant, tenantId)
        && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException(
          "Refused to switch from clinic "
              + (tenantId == null ? "(none)" : tenantId)
              + " to "
              + tenant
              + " inside a transaction: enter the clinic first, then begin its transaction");
    }
  }
}
