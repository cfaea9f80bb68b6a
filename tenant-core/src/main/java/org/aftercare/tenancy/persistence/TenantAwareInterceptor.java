package org.aftercare.tenancy.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantOwned;

/**
 * Hands the request's clinic to EclipseLink's multitenancy before a service method runs. Its
 * priority places it inside the {@code @Transactional} interceptor, so the property lands on the
 * persistence context of the method's transaction. Without a clinic nothing is set, and EclipseLink
 * refuses to query tenant-owned entities at all.
 */
@TenantAware
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantAwareInterceptor {

  @PersistenceContext private EntityManager em;
  @Inject TenantContext tenantContext;

  @AroundInvoke
  Object applyTenant(InvocationContext invocation) throws Exception {
    tenantContext
        .tenantId()
        .ifPresent(tenant -> em.setProperty(TenantOwned.TENANT_PROPERTY, tenant));
    return invocation.proceed();
  }
}
