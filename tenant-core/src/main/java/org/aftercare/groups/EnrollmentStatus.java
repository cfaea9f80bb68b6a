package org.aftercare.groups;

import java.util.List;

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

  /** The places that are not history, for queries. */
  public static final List<EnrollmentStatus> CURRENT = List.of(ENROLLED, WAITLISTED, OFFERED);

  public boolean isCurrent() {
    return CURRENT.contains(this);
  }
}
