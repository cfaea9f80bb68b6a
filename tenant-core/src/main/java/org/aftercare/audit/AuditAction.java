package org.aftercare.audit;

public enum AuditAction {
  CLIENT_CREATED,
  CLIENT_UPDATED,
  CLIENT_VIEWED
}
