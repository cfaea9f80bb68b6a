package org.aftercare.groups;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One of a client's groups as the portal shows it: their place, the next sessions, and those of
 * them a facilitator has taken the client out of.
 */
public record ClientGroup(
    Enrollment enrollment, List<GroupSession> nextSessions, Set<UUID> removedFrom) {

  public ClientGroup(Enrollment enrollment, List<GroupSession> nextSessions) {
    this(enrollment, nextSessions, Set.of());
  }

  public RecoveryGroup group() {
    return enrollment.getGroup();
  }

  /** Ground rules are asked for once, before the first join, when the group has any. */
  public boolean mustAcceptGroundRules() {
    return group().getGroundRules() != null && !enrollment.hasAcceptedGroundRules();
  }

  public boolean isRemovedFrom(GroupSession session) {
    return removedFrom.contains(session.getId());
  }
}
