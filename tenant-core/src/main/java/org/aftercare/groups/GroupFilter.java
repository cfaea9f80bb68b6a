package org.aftercare.groups;

import java.util.UUID;

/** What the groups list narrows by; null means any. */
public record GroupFilter(Modality modality, UUID facilitator, GroupStatus status) {

  public static GroupFilter active() {
    return new GroupFilter(null, null, GroupStatus.ACTIVE);
  }
}
