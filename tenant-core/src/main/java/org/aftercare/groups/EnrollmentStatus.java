package org.aftercare.groups;

/**
 * Where a client stands with a group. ENROLLED and OFFERED hold a seat; WAITLISTED waits in order
 * of request; the rest are history.
 */
public enum EnrollmentStatus {
  ENROLLED,
  WAITLISTED,
  OFFERED,
  WITHDRAWN,
  OFFER_EXPIRED;

  public boolean isCurrent() {
    return this == ENROLLED || this == WAITLISTED || this == OFFERED;
  }
}
