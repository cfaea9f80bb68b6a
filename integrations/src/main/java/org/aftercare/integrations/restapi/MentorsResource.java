package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftercare.mentoring.MentorAssignment;
import org.aftercare.mentoring.Mentoring;

/**
 * A peer mentor's caseload; assigning a mentor is done on the client ({@code
 * /clients/{id}/mentor}).
 */
@RequestScoped
@Path("/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorsResource {

  /** Who mentors a client, since when. */
  public record AssignmentJson(UUID clientId, UUID mentorId, Instant startedAt) {
    static AssignmentJson of(MentorAssignment assignment) {
      return new AssignmentJson(
          assignment.getClientId(), assignment.getMentorId(), assignment.getStartedAt());
    }
  }

  /** A mentor with room for another mentee, best fit first. */
  public record MentorJson(
      UUID mentorId, String displayName, int freePlaces, boolean sharesModality) {
    static MentorJson of(Mentoring.Suggestion suggestion) {
      return new MentorJson(
          suggestion.mentor().getId(),
          suggestion.mentor().getDisplayName(),
          suggestion.freePlaces(),
          suggestion.sharesModality());
    }
  }

  public record CaseloadJson(UUID mentorId, List<UUID> clientIds) {}

  public record MentorInput(UUID mentorId) {}

  @Inject Mentoring mentoring;

  @GET
  @Path("{id}/mentees")
  public CaseloadJson mentees(@PathParam("id") UUID id) {
    return new CaseloadJson(id, mentoring.menteesOf(id));
  }
}
