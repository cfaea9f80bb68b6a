package org.aftercare.groups;

/**
 * Open groups take new members at any time; closed groups only until their first session, unless a
 * clinician overrides (a closed cohort works through material together).
 */
public enum EnrolmentPolicy {
  OPEN,
  CLOSED
}
