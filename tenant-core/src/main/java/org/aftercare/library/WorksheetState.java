package org.aftercare.library;

/** How far a client got with a worksheet. */
public enum WorksheetState {
  NOT_STARTED,
  DRAFT,
  SUBMITTED
}
