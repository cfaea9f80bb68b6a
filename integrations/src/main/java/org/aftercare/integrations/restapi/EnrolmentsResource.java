package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.Enrollments;
import org.aftercare.shared.NotFoundException;

/** One enrolment, and withdrawing from it. */
@RequestScoped
@Path("/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

  /** A place in a group; {@code waitlistPosition} counts from 1 while waiting. */
  public record EnrolmentJson(
      UUID id,
      UUID groupId,
      UUID clientId,
      EnrollmentStatus status,
      Integer waitlistPosition,
      Instant requestedAt,
      Instant offerExpiresAt,
      Instant endedAt,
      String endReason) {

    /** A group's enrolments in the core's order: seats, offers, the waitlist in order, history. */
    static List<EnrolmentJson> ofGroup(List<Enrollment> enrolments) {
      List<EnrolmentJson> json = new ArrayList<>();
      int waiting = 0;
      for (Enrollment enrolment : enrolments) {
        Integer position = enrolment.getStatus() == EnrollmentStatus.WAITLISTED ? ++waiting : null;
        json.add(of(enrolment, position));
      }
      return json;
    }

    /** One enrolment with its place on the waitlist, if it waits. */
    static EnrolmentJson withPosition(Enrollments enrollments, Enrollment enrolment) {
      return of(enrolment, enrollments.waitlistPosition(enrolment.getId()).orElse(null));
    }

    static EnrolmentJson of(Enrollment enrolment, Integer waitlistPosition) {
      return new EnrolmentJson(
          enrolment.getId(),
          enrolment.getGroup().getId(),
          enrolment.getClient().getId(),
          enrolment.getStatus(),
          waitlistPosition,
          enrolment.getRequestedAt(),
          enrolment.offerExpiresAt().orElse(null),
          enrolment.endedAt().orElse(null),
          enrolment.endReason().orElse(null));
    }
  }

  public record WithdrawalInput(String reason) {}

  @Inject Enrollments enrollments;
  @Inject Writes writes;

  @GET
  @Path("{id}")
  public EnrolmentJson read(@PathParam("id") UUID id) {
    Enrollment enrolment =
        enrollments.find(id).orElseThrow(() -> new NotFoundException("Enrolment"));
    return EnrolmentJson.withPosition(enrollments, enrolment);
  }

  @POST
  @Path("{id}/withdrawal")
  public Response withdraw(
      @PathParam("id") UUID id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      WithdrawalInput input) {
    String reason = input == null ? null : input.reason();
    return writes.post(
        idempotencyKey,
        "POST /enrolments/" + id + "/withdrawal",
        input,
        () ->
            new Writes.Answer(200, null, EnrolmentJson.of(enrollments.withdraw(id, reason), null)));
  }
}
