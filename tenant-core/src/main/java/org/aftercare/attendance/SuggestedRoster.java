package org.aftercare.attendance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A session's roster with what the video service suggests for the lines no facilitator has recorded
 * yet (a client's own check-in is not a facilitator's entry).
 */
public record SuggestedRoster(List<RosterLine> lines, Map<UUID, AttendanceSuggestion> suggestions) {

  public Optional<AttendanceSuggestion> suggestionFor(UUID clientId) {
    return Optional.ofNullable(suggestions.get(clientId));
  }

  public boolean hasSuggestions() {
    return !suggestions.isEmpty();
  }
}
