package org.aftercare.groups;

import java.time.Duration;
import java.time.Instant;

/**
 * When a client may join a session: from 10 minutes before the start until it ends. Before that the
 * link stays hidden, so it cannot be passed on early.
 */
public final class JoinWindow {

  public static final Duration BEFORE_START = Duration.ofMinutes(10);

  private JoinWindow() {}

  public static Instant opensAt(GroupSession session) {
    return session.getStartsAt().minus(BEFORE_START);
  }

  public static boolean isOpen(GroupSession session, Instant now) {
    return !session.isCancelled()
        && !now.isBefore(opensAt(session))
        && now.isBefore(session.getEndsAt());
  }
}
