package org.aftercare.outreach;

/** What came of reaching out; "other" needs a note saying what. */
public enum OutreachOutcome {
  REACHED,
  LEFT_MESSAGE,
  NO_ANSWER,
  OTHER
}
