package org.aftercare.outreach;

/** Where a follow-up stands. A snoozed task is still open, due on the day it was snoozed to. */
public enum TaskStatus {
  OPEN,
  DONE,
  /** The client's flags cleared before anyone marked the task done. */
  CLOSED_BY_ITSELF
}
