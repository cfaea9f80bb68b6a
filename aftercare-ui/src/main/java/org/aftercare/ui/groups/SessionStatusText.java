package org.aftercare.ui.groups;

import static org.aftercare.ui.components.PortalTranslations.text;

import org.aftercare.groups.GroupSession;

/** How a session's state reads on the group's list of sessions and on the session's own page. */
final class SessionStatusText {

  private SessionStatusText() {}

  /** "Scheduled", "Moved", or "Cancelled: " with the reason clients were given. */
  static String of(GroupSession session) {
    if (session.isCancelled()) {
      return text("groups.sessionStatus.cancelled", session.cancelReason().orElse(""));
    }
    return session.isMoved()
        ? text("groups.sessionStatus.moved")
        : text("groups.sessionStatus.scheduled");
  }
}
