package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.Enrollments;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;

/**
 * The clinic's clients: created when the EHR discharges someone into aftercare, found again by the
 * EHR's record number, kept up to date with {@code If-Match} so a stale write is refused.
 */
@RequestScoped
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

  /** A client as the API shows them. */
  public record ClientJson(
      UUID id,
      String displayName,
      String legalName,
      String email,
      String phone,
      String preferredLanguage,
      LocalDate recoveryStartDate,
      String ehrMrn,
      Instant createdAt,
      long version) {

    static ClientJson of(Client client) {
      return new ClientJson(
          client.getId(),
          client.getDisplayName(),
          client.getLegalName(),
          client.getEmail(),
          client.getPhone(),
          client.getPreferredLanguage(),
          client.getRecoveryStartDate(),
          client.getEhrMrn(),
          client.getCreatedAt(),
          client.getVersion());
    }
  }

  /**
   * What a discharge or an update sends. The recovery start date is taken on creation only: later
   * it changes only by a recovery restart, which keeps the history.
   */
  public record ClientInput(
      String displayName,
      String legalName,
      String email,
      String phone,
      String preferredLanguage,
      LocalDate recoveryStartDate,
      String ehrMrn) {

    void copyTo(Client client) {
      client.setDisplayName(displayName);
      client.setLegalName(legalName);
      client.setEmail(email);
      client.setPhone(phone);
      client.setPreferredLanguage(preferredLanguage == null ? "en" : preferredLanguage);
      client.setEhrMrn(ehrMrn);
    }
  }

  @Inject ClientService clients;
  @Inject Enrollments enrollments;
  @Inject Mentoring mentoring;
  @Inject Writes writes;

  @GET
  public Page<ClientJson> list(
      @QueryParam("ehrMrn") String ehrMrn,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    if (ehrMrn != null) {
      return new Page<>(clients.openByMrn(ehrMrn).map(ClientJson::of).stream().toList(), null);
    }
    int size = Cursors.limit(limit);
    List<ClientJson> fetched =
        clients.pageAfter(Cursors.idOf(cursor), size + 1).stream().map(ClientJson::of).toList();
    return Cursors.page(fetched, size, client -> Cursors.ofId(client.id()));
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") UUID id) {
    Client client = clients.open(id);
    return Response.ok(ClientJson.of(client)).tag(etag(client)).build();
  }

  @POST
  public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, ClientInput input) {
    return writes.post(
        idempotencyKey,
        "POST /clients",
        Bodies.required(input),
        () -> {
          Client client = new Client();
          input.copyTo(client);
          client.setRecoveryStartDate(input.recoveryStartDate());
          Client added = clients.add(client);
          return new Writes.Answer(
              201,
              UriBuilder.fromPath(ClinicApi.PATH).path("clients/{id}").build(added.getId()),
              ClientJson.of(added));
        });
  }

  @PUT
  @Path("{id}")
  public Response update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ClientInput input) {
    Bodies.required(input);
    long seen = Bodies.version(ifMatch);
    Client client = clients.open(id);
    if (client.getVersion() != seen) {
      return Problems.of(
          412,
          "The client changed since you read it",
          "Read it again, apply your change to what it is now, and send the new ETag.");
    }
    input.copyTo(client);
    Client saved = clients.update(client);
    return Response.ok(ClientJson.of(saved)).tag(etag(saved)).build();
  }

  /** The client's current places: enrolled, offered, or waiting (with the position). */
  @GET
  @Path("{id}/enrolments")
  public List<EnrolmentsResource.EnrolmentJson> enrolments(@PathParam("id") UUID id) {
    return enrollments.currentOf(id).stream()
        .map(enrolment -> EnrolmentsResource.EnrolmentJson.withPosition(enrollments, enrolment))
        .toList();
  }

  @GET
  @Path("{id}/mentor")
  public MentorsResource.AssignmentJson mentor(@PathParam("id") UUID id) {
    return mentoring
        .currentOf(id)
        .map(MentorsResource.AssignmentJson::of)
        .orElseThrow(() -> new NotFoundException("Mentor assignment"));
  }

  /** Assigns a mentor, ending the previous assignment if there was one. */
  @PUT
  @Path("{id}/mentor")
  public MentorsResource.AssignmentJson assignMentor(
      @PathParam("id") UUID id, MentorsResource.MentorInput input) {
    if (Bodies.required(input).mentorId() == null) {
      throw new InvalidInputException("mentorId", "Name the peer mentor to assign.");
    }
    return MentorsResource.AssignmentJson.of(mentoring.assign(id, input.mentorId()));
  }

  @DELETE
  @Path("{id}/mentor")
  public Response endMentoring(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
    mentoring.end(id, reason);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/mentor-suggestions")
  public List<MentorsResource.MentorJson> mentorSuggestions(@PathParam("id") UUID id) {
    return mentoring.suggestionsFor(id).stream().map(MentorsResource.MentorJson::of).toList();
  }

  static EntityTag etag(Client client) {
    return new EntityTag(Long.toString(client.getVersion()));
  }
}
