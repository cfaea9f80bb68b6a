package org.aftercare.attendance;

/** What the video service reported of a participant. */
public enum PresenceKind {
  JOIN,
  LEAVE
}
