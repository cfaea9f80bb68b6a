package org.aftercare.integrations.restapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.aftercare.apiclients.IdempotentRequests;

/**
 * POST requests, with or without an {@code Idempotency-Key}: the write and the kept answer commit
 * together, so a retry after a lost answer gets the first answer and never a second client, a
 * second enrolment or a second acknowledgement.
 */
@ApplicationScoped
public class Writes {

  /** What a POST answers: its status, where the created thing lives (if any), and the body. */
  public record Answer(int status, URI location, Object body) {}

  @Inject Clock clock;
  @Inject IdempotentRequests keys;

  @Transactional
  public Response post(
      String idempotencyKey, String operation, Object request, Supplier<Answer> work) {
    if (idempotencyKey == null) {
      return respond(work.get());
    }
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      return Problems.invalid(
          "Idempotency-Key", "Send a key of 1 to 200 characters, such as a UUID.");
    }
    String hash = digest(operation + "\n" + (request == null ? "" : JsonBodies.write(request)));
    var earlier = keys.claim(idempotencyKey, hash, clock.instant());
    if (earlier.isPresent()) {
      var answer = earlier.get();
      var replay =
          Response.status(answer.status())
              .type(MediaType.APPLICATION_JSON_TYPE)
              .header("Idempotent-Replayed", "true")
              .entity(answer.body());
      if (answer.location() != null) {
        replay.location(URI.create(answer.location()));
      }
      return replay.build();
    }
    Answer answer = work.get();
    String body = JsonBodies.write(answer.body());
    keys.answer(
        idempotencyKey,
        new IdempotentRequests.Answer(
            answer.status(),
            answer.location() == null ? null : answer.location().toString(),
            body));
    return respond(new Answer(answer.status(), answer.location(), body));
  }

  private static Response respond(Answer answer) {
    var response =
        Response.status(answer.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(answer.body());
    if (answer.location() != null) {
      response.location(answer.location());
    }
    return response.build();
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
