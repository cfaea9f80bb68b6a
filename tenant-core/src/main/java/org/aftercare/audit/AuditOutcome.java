package org.aftercare.audit;

public enum AuditOutcome {
  SUCCESS,
  DENIED,
  FAILED
}
