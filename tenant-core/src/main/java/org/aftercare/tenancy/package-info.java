/**
 * The technical kernel of multi-tenancy — the one place the word <em>tenant</em> is used;
 * everywhere else the domain says <em>clinic</em>. Every tenant-owned entity extends {@link
 * org.aftercare.tenancy.TenantOwned}; the clinic is set once per request in {@link
 * org.aftercare.tenancy.TenantContext} and applied by the persistence layer and PostgreSQL
 * row-level security, never by each query. This package imports no feature; the
 * clinic-administration use cases live in {@code org.aftercare.clinics}.
 */
package org.aftercare.tenancy;
