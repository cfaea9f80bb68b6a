package org.aftercare.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who at the clinic looks after a client, as an API client sees it: their peer mentor (since when)
 * and the facilitators of the groups they are enrolled in, by display name.
 */
public record SharedCareTeam(UUID clientId, List<Member> members) {

  /** One person of the team: their name as the portal shows it, their role, since when if known. */
  public record Member(String name, Role role, Instant since) {}

  public enum Role {
    PEER_MENTOR,
    GROUP_FACILITATOR
  }
}
