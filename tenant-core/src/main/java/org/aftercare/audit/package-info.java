/**
 * The audit trail (HIPAA 164.312(b)): who did what to which record, when, from where, with what
 * outcome. Append-only: the application role may insert and read, never update or delete.
 */
package org.aftercare.audit;
