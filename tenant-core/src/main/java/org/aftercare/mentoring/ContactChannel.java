package org.aftercare.mentoring;

/** How a mentor reached a mentee. */
public enum ContactChannel {
  PHONE,
  TEXT,
  VIDEO,
  IN_PERSON,
  EMAIL
}
