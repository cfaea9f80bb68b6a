package org.aftercare.groups;

/** An archived group keeps its history but has no future sessions. */
public enum GroupStatus {
  ACTIVE,
  ARCHIVED
}
