package org.aftercare.tenancy;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one clinic. EclipseLink adds {@code tenant_id = <current
 * clinic>} to every read of a subclass and fills the column on insert, from the {@value
 * #TENANT_PROPERTY} property that {@link org.aftercare.tenancy.persistence.TenantAwareInterceptor}
 * sets; PostgreSQL row-level security enforces the same rule below it.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY)
public abstract class TenantOwned {

  public static final String TENANT_PROPERTY = "tenant.id";
}
