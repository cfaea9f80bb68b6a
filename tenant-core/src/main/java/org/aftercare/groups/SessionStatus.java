package org.aftercare.groups;

public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
