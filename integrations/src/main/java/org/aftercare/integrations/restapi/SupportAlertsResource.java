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
import java.util.List;
import java.util.UUID;
import org.aftercare.checkins.SupportAlert;
import org.aftercare.checkins.SupportAlerts;

/**
 * Clients' open requests for support, for an on-call or paging system, which can acknowledge one as
 * a clinician would; the first acknowledgement wins.
 */
@RequestScoped
@Path("/support-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportAlertsResource {

  public record AlertJson(
      UUID id, UUID clientId, Instant raisedAt, boolean escalated, Instant acknowledgedAt) {
    static AlertJson of(SupportAlert alert) {
      return new AlertJson(
          alert.getId(),
          alert.getClientId(),
          alert.getRaisedAt(),
          alert.isEscalated(),
          alert.acknowledgedAt().orElse(null));
    }
  }

  @Inject SupportAlerts alerts;
  @Inject Writes writes;

  /** The open ones, oldest first: there are never many, so no paging. */
  @GET
  public List<AlertJson> open() {
    return alerts.open().stream().map(AlertJson::of).toList();
  }

  @POST
  @Path("{id}/acknowledgement")
  public Response acknowledge(
      @PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    return writes.post(
        idempotencyKey,
        "POST /support-alerts/" + id + "/acknowledgement",
        null,
        () -> new Writes.Answer(200, null, AlertJson.of(alerts.acknowledge(id))));
  }
}
