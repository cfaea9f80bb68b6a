package org.aftercare.integrations.video;

import java.util.Optional;
import org.aftercare.attendance.ParticipantEvent;

/**
 * What a signed delivery asks of us: an answer to give at once (Zoom's address check), a join or
 * leave to record, or nothing (an event type we do not use, or a participant without our key).
 */
record Reception(String immediateAnswer, Optional<ParticipantEvent> event, String ignoredBecause) {

  static Reception answer(String json) {
    return new Reception(json, Optional.empty(), null);
  }

  static Reception of(ParticipantEvent event) {
    return new Reception(null, Optional.of(event), null);
  }

  static Reception ignored(String because) {
    return new Reception(null, Optional.empty(), because);
  }
}
