package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.RosterLine;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.SessionStatus;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;

/**
 * One session and its roster: who attended, read by billing and scheduling systems, and written as
 * a facilitator would write it (the same rules, the same refusal of a stale entry).
 */
@RequestScoped
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

  /** Start and end as UTC instants, and as the clinic's wall-clock times in its zone. */
  public record SessionJson(
      UUID id,
      UUID groupId,
      Instant startsAt,
      Instant endsAt,
      String timeZone,
      LocalDateTime localStart,
      LocalDateTime localEnd,
      SessionStatus status,
      boolean moved,
      String cancelReason) {

    static SessionJson of(GroupSession session, ZoneId zone) {
      return new SessionJson(
          session.getId(),
          session.getGroup().getId(),
          session.getStartsAt(),
          session.getEndsAt(),
          zone.getId(),
          LocalDateTime.ofInstant(session.getStartsAt(), zone),
          LocalDateTime.ofInstant(session.getEndsAt(), zone),
          session.getStatus(),
          session.isMoved(),
          session.cancelReason().orElse(null));
    }
  }

  /** One enrolled client's line: what was recorded, if anything, and its version. */
  public record RosterLineJson(
      UUID clientId,
      String displayName,
      AttendanceStatus status,
      String excuseReason,
      long version) {

    static RosterLineJson of(RosterLine line) {
      return new RosterLineJson(
          line.client().getId(),
          line.client().getDisplayName(),
          line.recorded().map(Attendance::getStatus).orElse(null),
          line.recorded().flatMap(Attendance::excuseReason).orElse(null),
          line.version());
    }

    static RosterLineJson of(Attendance saved) {
      return new RosterLineJson(
          saved.getClient().getId(),
          saved.getClient().getDisplayName(),
          saved.getStatus(),
          saved.excuseReason().orElse(null),
          saved.getVersion());
    }
  }

  public record RosterJson(UUID sessionId, List<RosterLineJson> lines) {}

  /**
   * One mark; {@code version} is the line's version as last read (-1 for a line never recorded), so
   * a mark over someone else's newer entry is refused rather than lost.
   */
  public record RosterEntryInput(
      UUID clientId, AttendanceStatus status, String excuseReason, Long version) {}

  public record RosterInput(List<RosterEntryInput> entries) {}

  @Inject GroupSessions sessions;
  @Inject AttendanceService attendance;
  @Inject ClinicSettingsService clinic;

  @GET
  @Path("{id}")
  public SessionJson read(@PathParam("id") UUID id) {
    GroupSession session = sessions.find(id).orElseThrow(() -> new NotFoundException("Session"));
    return SessionJson.of(session, ZoneId.of(clinic.current().timeZone()));
  }

  @GET
  @Path("{id}/roster")
  public RosterJson roster(@PathParam("id") UUID id) {
    return new RosterJson(id, attendance.roster(id).stream().map(RosterLineJson::of).toList());
  }

  @PUT
  @Path("{id}/roster")
  public RosterJson saveRoster(@PathParam("id") UUID id, RosterInput input) {
    Bodies.required(input);
    if (input.entries() == null || input.entries().isEmpty()) {
      throw new InvalidInputException("entries", "Send at least one entry.");
    }
    List<RosterEntry> entries =
        input.entries().stream()
            .map(
                entry -> {
                  if (entry.clientId() == null || entry.status() == null) {
                    throw new InvalidInputException(
                        "entries", "Every entry names a clientId and a status.");
                  }
                  return new RosterEntry(
                      entry.clientId(),
                      entry.status(),
                      entry.excuseReason(),
                      entry.version() == null ? -1 : entry.version());
                })
            .toList();
    // The lines saved, not the whole roster: a system may hold attendance.write alone.
    return new RosterJson(
        id, attendance.saveRoster(id, entries).stream().map(RosterLineJson::of).toList());
  }
}
