/**
 * Clinics (tenants) and the request's current clinic. Every tenant-owned entity extends {@link
 * org.aftercare.tenancy.TenantOwned}; the clinic is set once per request in {@link
 * org.aftercare.tenancy.TenantContext} and applied by the persistence layer, never by each query.
 */
package org.aftercare.tenancy;
