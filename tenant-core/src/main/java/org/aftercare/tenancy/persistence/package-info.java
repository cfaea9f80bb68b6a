/**
 * The two isolation layers' machinery: the interceptor that hands the current clinic to EclipseLink
 * multitenancy, and the session listener that sets PostgreSQL's {@code app.tenant_id} on every
 * connection for row-level security.
 */
package org.aftercare.tenancy.persistence;
