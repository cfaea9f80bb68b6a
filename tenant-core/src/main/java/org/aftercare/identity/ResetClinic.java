package org.aftercare.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;

/**
 * The clinic a reset request names, read in a transaction of the mail's own thread. Outside one,
 * the lookup would go through the non-transactional persistence context the request that handed the
 * work over still shares — and when that request ends first, the lookup fails on a closed entity
 * manager and no mail goes out. A transaction of its own, not one around the whole mail: that would
 * take the connection before the clinic is entered, and row-level security would then hide the
 * account.
 */
@ApplicationScoped
class ResetClinic {

  @Inject TenantService tenants;

  @Transactional(TxType.REQUIRES_NEW)
  Optional<Tenant> named(String clinicReference) {
    return tenants.findActiveByReference(clinicReference);
  }
}
