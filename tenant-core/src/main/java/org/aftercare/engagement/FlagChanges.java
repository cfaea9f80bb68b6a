package org.aftercare.engagement;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What is news in a clinic's flags since they were last looked at: the one rule by which the
 * webhooks and the outreach tasks tell a new flag episode. A reason is fresh when it was not seen
 * the time before; a client no longer flagged at all is cleared, and a reason that returns after it
 * went away is fresh again. Each reader keeps what it saw itself ({@code seen}) and stores the
 * raised reasons afterwards.
 *
 * @param raised every flagged client's reasons now
 * @param fresh the reasons of {@code raised} that were not seen before, for clients that have some
 * @param cleared clients seen flagged before and flagged no more
 */
public record FlagChanges(
    Map<UUID, Set<FlagReason>> raised, Map<UUID, Set<FlagReason>> fresh, Set<UUID> cleared) {

  public static FlagChanges since(Map<UUID, Set<FlagReason>> seen, Map<UUID, List<Flag>> now) {
    Map<UUID, Set<FlagReason>> raised = new HashMap<>();
    Map<UUID, Set<FlagReason>> fresh = new HashMap<>();
    now.forEach(
        (client, flags) -> {
          Set<FlagReason> reasons = EnumSet.noneOf(FlagReason.class);
          flags.forEach(flag -> reasons.add(flag.reason()));
          raised.put(client, reasons);
          Set<FlagReason> news = EnumSet.copyOf(reasons);
          news.removeAll(seen.getOrDefault(client, Set.of()));
          if (!news.isEmpty()) {
            fresh.put(client, news);
          }
        });
    Set<UUID> cleared = new HashSet<>(seen.keySet());
    cleared.removeAll(raised.keySet());
    return new FlagChanges(raised, fresh, cleared);
  }

  public Set<FlagReason> freshOf(UUID client) {
    return fresh.getOrDefault(client, Set.of());
  }

  /** Reasons as stored beside what was seen: their names, sorted, comma-separated. */
  public static String codes(Collection<FlagReason> reasons) {
    return reasons.stream().map(FlagReason::name).sorted().collect(Collectors.joining(","));
  }

  /** The reasons {@link #codes} wrote. */
  public static Set<FlagReason> fromCodes(String codes) {
    Set<FlagReason> reasons = EnumSet.noneOf(FlagReason.class);
    if (codes != null && !codes.isBlank()) {
      Arrays.stream(codes.split(",")).map(FlagReason::valueOf).forEach(reasons::add);
    }
    return reasons;
  }
}
