package org.aftercare.sharing;

/** Where a Bulk Data export stands; the last three are final. */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  COMPLETE,
  FAILED,
  CANCELLED
}
