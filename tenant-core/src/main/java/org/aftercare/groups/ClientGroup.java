package org.aftercare.groups;

import java.util.List;

/** One of a client's groups as the portal shows it: their place and the next sessions. */
public record ClientGroup(Enrollment enrollment, List<GroupSession> nextSessions) {

  public RecoveryGroup group() {
    return enrollment.getGroup();
  }

  /** Ground rules are asked for once, before the first join, when the group has any. */
  public boolean mustAcceptGroundRules() {
    return group().getGroundRules() != null && !enrollment.hasAcceptedGroundRules();
  }
}
