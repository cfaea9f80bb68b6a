package org.aftercare.groups;

import java.util.Optional;
import java.util.UUID;

/** An enrolled client's place in one session: may join, or removed (with the removal). */
public record SessionPlace(UUID clientId, String displayName, Optional<SessionRemoval> removal) {

  public boolean isRemoved() {
    return removal.isPresent();
  }
}
