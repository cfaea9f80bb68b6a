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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.GroupStatus;
import org.aftercare.groups.Modality;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.Schedule;
import org.aftercare.groups.ScheduleSummary;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;

/** The clinic's groups, their sessions in time order, and who is enrolled or waiting. */
@RequestScoped
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

  /** A group as the API shows it; its schedule's times are wall-clock times in its zone. */
  public record GroupJson(
      UUID id,
      String name,
      Modality modality,
      GroupStatus status,
      int capacity,
      EnrolmentPolicy enrolment,
      boolean firstNamesOnly,
      ScheduleJson schedule,
      List<UUID> facilitatorIds,
      long version) {}

  /** The recurrence as iCalendar writes it, and in words. */
  public record ScheduleJson(
      String rule,
      LocalDate firstDay,
      LocalTime startTime,
      int durationMinutes,
      String timeZone,
      String summary) {

    static ScheduleJson of(Schedule schedule) {
      return new ScheduleJson(
          schedule.rule(),
          schedule.firstDay(),
          schedule.startTime(),
          schedule.durationMinutes(),
          schedule.timeZone(),
          // The API has no reader's language; its clients read the summary as English.
          ScheduleSummary.of(schedule, Locale.ENGLISH));
    }
  }

  /** What enrolling sends: the client, who is seated or waitlisted by the group's rules. */
  public record EnrolmentInput(UUID clientId) {}

  @Inject Clock clock;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject ClinicSettingsService clinic;
  @Inject Writes writes;

  @GET
  public Page<GroupJson> list(
      @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
    int size = Cursors.limit(limit);
    UUID after = Cursors.idOf(cursor);
    var facilitators = groups.facilitatorsByGroup();
    List<GroupJson> fetched =
        groups.list(GroupFilter.active()).stream()
            .sorted(Comparator.comparing(RecoveryGroup::getId))
            .filter(group -> after == null || group.getId().compareTo(after) > 0)
            .limit(size + 1L)
            .map(group -> json(group, facilitators.getOrDefault(group.getId(), List.of())))
            .toList();
    return Cursors.page(fetched, size, group -> Cursors.ofId(group.id()));
  }

  @GET
  @Path("{id}")
  public GroupJson read(@PathParam("id") UUID id) {
    RecoveryGroup group = groups.find(id).orElseThrow(() -> new NotFoundException("Group"));
    return json(group, groups.facilitatorsOf(id));
  }

  /** Sessions that have not ended by {@code from} (default now), in time order. */
  @GET
  @Path("{id}/sessions")
  public Page<SessionsResource.SessionJson> sessions(
      @PathParam("id") UUID id,
      @QueryParam("from") String from,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    int size = Cursors.limit(limit);
    groups.find(id).orElseThrow(() -> new NotFoundException("Group"));
    Instant start =
        Cursors.instantOf(cursor, from == null ? clock.instant() : Instants.parse("from", from));
    ZoneId zone = ZoneId.of(clinic.current().timeZone());
    var fetched =
        sessions.ofGroup(id, start, size + 1).stream()
            .map(session -> SessionsResource.SessionJson.of(session, zone))
            .toList();
    return Cursors.page(fetched, size, session -> Cursors.ofInstant(session.endsAt()));
  }

  @GET
  @Path("{id}/enrolments")
  public List<EnrolmentsResource.EnrolmentJson> enrolments(@PathParam("id") UUID id) {
    return EnrolmentsResource.EnrolmentJson.ofGroup(enrollments.ofGroup(id));
  }

  @POST
  @Path("{id}/enrolments")
  public Response enrol(
      @PathParam("id") UUID id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      EnrolmentInput input) {
    Bodies.required(input);
    if (input.clientId() == null) {
      throw new InvalidInputException("clientId", "Name the client to enrol.");
    }
    return writes.post(
        idempotencyKey,
        "POST /groups/" + id + "/enrolments",
        input,
        () -> {
          var enrolment = enrollments.enrol(id, input.clientId(), false);
          return new Writes.Answer(
              201,
              UriBuilder.fromPath(ClinicApi.PATH).path("enrolments/{id}").build(enrolment.getId()),
              EnrolmentsResource.EnrolmentJson.withPosition(enrollments, enrolment));
        });
  }

  private static GroupJson json(RecoveryGroup group, List<UUID> facilitators) {
    return new GroupJson(
        group.getId(),
        group.getName(),
        group.getModality(),
        group.getStatus(),
        group.getCapacity(),
        group.getEnrolment(),
        group.isFirstNamesOnly(),
        ScheduleJson.of(group.schedule()),
        facilitators,
        group.getVersion());
  }
}
