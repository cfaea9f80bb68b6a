package org.aftercare.integrations.video;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.access.Caller;
import org.aftercare.attendance.ReportOutcome;
import org.aftercare.attendance.VideoReports;
import org.aftercare.integrations.fhirapi.ApiOutcomes;
import org.aftercare.tenancy.Tenant;
import org.aftercare.tenancy.TenantService;
import org.aftercare.video.VideoProviderKind;
import org.aftercare.video.VideoProviders;
import org.aftercare.video.VideoReceivers;

/**
 * Where video services post join and leave events: {@code /video-events/<receiving key>/zoom} or
 * {@code …/standard}. The key alone decides the clinic; the clinic's secret must have signed the
 * request; each accepted event is recorded in its own transaction inside that clinic. Answers are
 * small JSON bodies: 200 recorded, 202 ignored (not ours to record; the sender should not retry),
 * 400 malformed, 401 unsigned or stale, 404 no such receiver, 409 replayed.
 */
@WebServlet(urlPatterns = "/video-events/*")
public class VideoEventsServlet extends HttpServlet {

  @Serial private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(VideoEventsServlet.class.getName());
  private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{16,64})/([a-z]+)");

  /** Join and leave events are a few kilobytes; more is not one of them. */
  static final int MAX_BODY = 64 * 1024;

  @Inject Clock clock;
  @Inject transient VideoReceivers receivers;
  @Inject transient VideoProviders providers;
  @Inject transient VideoReports reports;
  @Inject transient TenantService clinics;
  @Inject transient Caller caller;

  /** Anything but a POST is answered in the same small JSON, not the server's error page. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      answer(response, 405, "error", "method_not_allowed", "Events are POSTed.");
      return;
    }
    super.service(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Instant now = clock.instant();
    try {
      receive(request, response, now);
    } catch (RefusedEvent refused) {
      answer(response, refused.status(), "error", refused.error(), refused.getMessage());
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, "A video event could not be recorded", unexpected);
      answer(response, 500, "error", "server_error", "The event was not recorded; send it again.");
    }
  }

  private void receive(HttpServletRequest request, HttpServletResponse response, Instant now)
      throws IOException, RefusedEvent {
    Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    Optional<VideoProviderKind> kind = path.matches() ? kindAt(path.group(2)) : Optional.empty();
    Optional<UUID> clinic = kind.flatMap(k -> receivers.clinicOf(path.group(1)));
    if (clinic.isEmpty() || !clinics.find(clinic.get()).map(Tenant::isActive).orElse(false)) {
      throw new RefusedEvent(404, "not_found", "No video receiver at this address.");
    }
    Optional<String> secret =
        caller.callAsPortal(clinic.get(), () -> providers.signingSecret(kind.get()));
    if (secret.isEmpty()) {
      throw new RefusedEvent(
          404, "not_found", "This clinic takes no " + kind.get().path() + " events here.");
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new RefusedEvent(413, "too_large", "An event is at most 64 KiB.");
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new RefusedEvent(413, "too_large", "An event is at most 64 KiB.");
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    Reception reception =
        switch (kind.get()) {
          case ZOOM -> ZoomEvents.receive(request::getHeader, body, secret.get(), now);
          case STANDARD_WEBHOOKS ->
              StandardWebhookEvents.receive(request::getHeader, body, secret.get(), now);
        };
    if (reception.immediateAnswer() != null) {
      ApiOutcomes.writeJson(response, 200, "application/json", reception.immediateAnswer());
      return;
    }
    if (reception.event().isEmpty()) {
      answer(response, 202, "status", "ignored", reception.ignoredBecause());
      return;
    }
    ReportOutcome outcome =
        caller.callAsPortal(clinic.get(), () -> reports.record(reception.event().get(), now));
    switch (outcome) {
      case RECORDED -> answer(response, 200, "status", "recorded", "Thank you.");
      case REPLAYED ->
          answer(response, 409, "error", "replayed", "This event was received before.");
      case UNKNOWN_PARTICIPANT ->
          answer(response, 202, "status", "ignored", "No client of this clinic has that key.");
      case NO_SESSION ->
          answer(response, 202, "status", "ignored", "The client's group met at no such time.");
    }
  }

  private static Optional<VideoProviderKind> kindAt(String path) {
    for (VideoProviderKind kind : VideoProviderKind.values()) {
      if (kind.path().equals(path)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static void answer(
      HttpServletResponse response, int status, String field, String code, String message)
      throws IOException {
    String body =
        Json.createObjectBuilder().add(field, code).add("message", message).build().toString();
    ApiOutcomes.writeJson(response, status, "application/json", body);
  }
}
