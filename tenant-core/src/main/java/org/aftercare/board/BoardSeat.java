package org.aftercare.board;

import java.util.UUID;

/**
 * Who the signed-in person is on one group's board: an enrolled client (with their standing and the
 * version of the code of conduct they accepted) or a facilitator or clinician, who moderates.
 */
record BoardSeat(
    UUID groupId,
    String groupName,
    boolean firstNamesOnly,
    UUID accountId,
    UUID clientId,
    boolean moderates,
    BoardStanding standing,
    int acceptedConductVersion) {

  boolean isMember() {
    return clientId != null;
  }

  /**
   * A name as this board shows it: in a group that keeps to first names (the 12-step tradition of
   * anonymity), only the first word of the display name.
   */
  String shown(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      return "Member";
    }
    String name = displayName.strip();
    return firstNamesOnly ? name.split("\\s+", 2)[0] : name;
  }
}
