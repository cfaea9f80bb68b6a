package org.aftercare.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The clinic the current request acts for. Set once from the signed-in user at the request's entry
 * point and cleared when the request ends; no request parameter can change it.
 */
@RequestScoped
public class TenantContext {

  private UUID tenantId;

  public Optional<UUID> tenantId() {
    return Optional.ofNullable(tenantId);
  }

  public void enter(UUID tenant) {
    this.tenantId = tenant;
  }

  public void clear() {
    this.tenantId = null;
  }

  /**
   * Runs {@code work} for {@code tenant} and restores the previous clinic afterwards: for sign-in
   * (the account is looked up before anyone is signed in) and for work with no user, such as
   * seeding.
   */
  public <T> T callAs(UUID tenant, Supplier<T> work) {
    UUID previous = tenantId;
    tenantId = tenant;
    try {
      return work.get();
    } finally {
      tenantId = previous;
    }
  }
}
