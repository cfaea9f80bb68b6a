package org.aftercare.engagement;

import java.util.UUID;

/** A raised flag: whose, why, and the figure behind it (sessions, percent, days or craving). */
public record Flag(UUID clientId, FlagReason reason, int figure) {

  public String description() {
    return reason.describe(figure);
  }
}
