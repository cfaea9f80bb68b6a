package org.aftercare.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftercare.tenancy.TenantContext;

/**
 * Work for one clinic on a thread of its own (a managed executor's, in a test): such a thread has
 * no request, so this bean opens a request context and enters the clinic, as a real request's entry
 * point would.
 */
@ApplicationScoped
public class ClinicThreads {

  @Inject TenantContext tenantContext;

  @ActivateRequestContext
  public <T> T callAs(UUID clinic, Supplier<T> work) {
    tenantContext.enter(clinic);
    try {
      return work.get();
    } finally {
      tenantContext.clear();
    }
  }

  /**
   * Work with no clinic (an operator's) on a thread of its own, in a request context of its own.
   */
  @ActivateRequestContext
  public <T> T outsideAnyClinic(Supplier<T> work) {
    return work.get();
  }
}
