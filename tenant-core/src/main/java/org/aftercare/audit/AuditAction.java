package org.aftercare.audit;

public enum AuditAction {
  CLIENT_CREATED,
  CLIENT_UPDATED,
  CLIENT_VIEWED,
  SIGN_IN_SUCCEEDED,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED
}
