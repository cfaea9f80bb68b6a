package org.aftercare.attendance;

import java.util.Optional;
import org.aftercare.clients.Client;

/** A line of a session's roster: an enrolled client or a drop-in, and what is recorded so far. */
public record RosterLine(Client client, Optional<Attendance> recorded) {

  /** The version the facilitator's screen was built on; -1 for nothing recorded yet. */
  public long version() {
    return recorded.map(Attendance::getVersion).orElse(-1L);
  }
}
