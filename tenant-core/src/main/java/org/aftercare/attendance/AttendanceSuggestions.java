package org.aftercare.attendance;

import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Requires;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;
import org.aftercare.video.VideoProviders;

/**
 * Attendance as the video service reported it, offered on the roster for a facilitator to confirm:
 * it never overwrites what a facilitator recorded, and confirming goes through the same roster
 * save, with the same rules, as marking each line by hand.
 */
@ApplicationScoped
@TenantAware
public class AttendanceSuggestions {

  @PersistenceContext private EntityManager em;
  @Inject AttendanceService attendance;
  @Inject GroupSessions sessions;
  @Inject VideoProviders providers;
  @Inject AuditService audit;
  Clock clock = Clock.systemUTC();

  /**
   * The roster with suggestions for the lines no facilitator has recorded. "Absent" is suggested
   * only once the session is over and only if the service reported anyone in it: a provider that
   * never reached us must not mark the whole group absent. One transaction: its reads share the
   * connection its audit entry binds, set for the clinic once, instead of a pooled connection set
   * and reset around each read.
   */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public SuggestedRoster roster(UUID sessionId) {
    List<RosterLine> lines = attendance.roster(sessionId);
    if (providers.kind().isEmpty()) {
      return new SuggestedRoster(lines, Map.of());
    }
    Map<UUID, List<AttendanceSuggestion.Reported>> reported = reportsOf(sessionId);
    if (reported.isEmpty()) {
      return new SuggestedRoster(lines, Map.of());
    }
    GroupSession session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
    Duration grace = Duration.ofMinutes(providers.graceMinutes());
    var suggestions = new HashMap<UUID, AttendanceSuggestion>();
    for (RosterLine line : lines) {
      if (isRecordedByStaff(line)) {
        continue;
      }
      UUID client = line.client().getId();
      AttendanceSuggestion.from(
              reported.getOrDefault(client, List.of()),
              session.getStartsAt(),
              session.getEndsAt(),
              grace,
              clock.instant())
          .ifPresent(suggestion -> suggestions.put(client, suggestion));
    }
    return new SuggestedRoster(lines, Map.copyOf(suggestions));
  }

  /**
   * Saves every suggestion on the roster as the facilitator's own entries, in one transaction
   * through {@link AttendanceService#saveRoster}; lines a facilitator recorded stay as they are.
   */
  @Transactional
  @Requires({CLINICIAN, PEER_MENTOR})
  public List<Attendance> confirm(UUID sessionId) {
    SuggestedRoster roster = roster(sessionId);
    var entries =
        roster.lines().stream()
            .filter(line -> roster.suggestionFor(line.client().getId()).isPresent())
            .map(
                line ->
                    new RosterEntry(
                        line.client().getId(),
                        roster.suggestionFor(line.client().getId()).orElseThrow().status(),
                        null,
                        line.version()))
            .toList();
    if (entries.isEmpty()) {
      throw InvalidInputException.worded(
          "session",
          "The video service reported nothing here that is not recorded already.",
          "refusal.attendance.video.nothingNew");
    }
    List<Attendance> saved = attendance.saveRoster(sessionId, entries);
    audit.record(
        AuditAction.VIDEO_ATTENDANCE_CONFIRMED,
        AttendanceService.AUDIT_TYPE,
        sessionId,
        AuditOutcome.SUCCESS);
    return saved;
  }

  private static boolean isRecordedByStaff(RosterLine line) {
    return line.recorded().filter(record -> !record.isSelfReported()).isPresent();
  }

  private Map<UUID, List<AttendanceSuggestion.Reported>> reportsOf(UUID sessionId) {
    return em.createQuery(
            "select p from VideoPresence p where p.sessionId = :session", VideoPresence.class)
        .setParameter("session", sessionId)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                VideoPresence::clientId,
                Collectors.mapping(
                    p -> new AttendanceSuggestion.Reported(p.kind(), p.occurredAt()),
                    Collectors.toList())));
  }
}
