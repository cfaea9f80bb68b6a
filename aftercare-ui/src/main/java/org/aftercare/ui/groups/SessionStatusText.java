package org.aftercare.ui.groups;

import org.aftercare.groups.GroupSession;

/** How a session's state reads on the group's list of sessions and on the session's own page. */
final class SessionStatusText {

  private SessionStatusText() {}

  /** "Scheduled", "Moved", or "Cancelled: " with the reason clients were given. */
  static String of(GroupSession session) {
    if (session.isCancelled()) {
      return "Cancelled: " + session.cancelReason().orElse("");
    }
    return session.isMoved() ? "Moved" : "Scheduled";
  }
}
