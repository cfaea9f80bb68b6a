package org.aftercare.integrations.restapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.RoleGate;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): a title a developer can
 * act on, the HTTP status, and for bad input the field and what is wrong with it. Never a stack
 * trace: an unexpected failure is logged here and answered with a bare 500.
 */
public final class Problems {

  public static final String TYPE = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {}

  static Response of(int status, String title, String detail) {
    return response(status, problem(status, title, detail));
  }

  static Response invalid(String field, String message) {
    return invalidFields(Json.createArrayBuilder().add(fieldError(field, message)), message);
  }

  /** For the servlet filter, which answers before JAX-RS is reached. */
  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem(status, title, detail).build().toString());
  }

  private static Response invalidFields(JsonArrayBuilder errors, String detail) {
    return response(
        422, problem(422, "The request has invalid fields", detail).add("errors", errors));
  }

  private static JsonObjectBuilder fieldError(String field, String message) {
    return Json.createObjectBuilder().add("field", field).add("message", message);
  }

  private static JsonObjectBuilder problem(int status, String title, String detail) {
    var problem = Json.createObjectBuilder().add("type", "about:blank").add("title", title);
    problem.add("status", status);
    if (detail != null) {
      problem.add("detail", detail);
    }
    return problem;
  }

  private static Response response(int status, JsonObjectBuilder problem) {
    return Response.status(status)
        .type(TYPE)
        .header("Cache-Control", "no-store")
        .entity(problem.build().toString())
        .build();
  }

  /** The core's refusals and rules, each with the status an integrator expects. */
  @Provider
  public static class Mapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException exception) {
      return switch (exception) {
        case InvalidInputException invalid -> invalid(invalid.field(), invalid.getMessage());
        case RoleGate.ScopeRefusedException scope ->
            of(403, "The token lacks a scope", scope.getMessage());
        case ForbiddenException forbidden -> of(403, "Not allowed", forbidden.getMessage());
        case org.aftercare.shared.NotFoundException missing ->
            of(404, "Not found", missing.getMessage());
        case ConflictException conflict -> of(409, "Conflict", conflict.getMessage());
        case OptimisticLockException stale ->
            of(409, "Conflict", "Someone changed this at the same time; read it again and retry.");
        case NotFoundException unknown -> of(404, "Not found", "No such resource.");
        case NotAllowedException method ->
            of(405, "Method not allowed", "See /openapi for what this resource accepts.");
        case WebApplicationException answered when answered.getResponse().hasEntity() ->
            answered.getResponse();
        case WebApplicationException web ->
            of(
                web.getResponse().getStatus(),
                web.getResponse().getStatusInfo().getReasonPhrase(),
                null);
        default -> {
          LOG.log(Level.SEVERE, "REST API request failed", exception);
          yield of(500, "Internal error", "The request failed; nothing was changed.");
        }
      };
    }
  }

  /**
   * Errors Jersey answers by itself (an unreadable body, an unsupported media type) leave without a
   * body; they get a problem too, so every error an integrator sees has the same shape.
   */
  @Provider
  public static class BodilessErrors implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() >= 400 && !response.hasEntity()) {
        int status = response.getStatus();
        response.setEntity(
            problem(
                    status,
                    response.getStatusInfo().getReasonPhrase(),
                    status == 400
                        ? "Send JSON of the shape the operation describes at /openapi."
                        : null)
                .build()
                .toString(),
            null,
            MediaType.valueOf(TYPE));
      }
    }
  }

  /**
   * The entities' own rules, field by field; as specific as Jersey's bean-validation mapper, which
   * would otherwise answer 400 without the fields.
   */
  @Provider
  public static class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException violations) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      violations
          .getConstraintViolations()
          .forEach(v -> errors.add(fieldError(v.getPropertyPath().toString(), v.getMessage())));
      return invalidFields(errors, "Correct the fields named and send the request again.");
    }
  }

  /** A body that is not JSON, or not of the operation's shape. */
  static Response unreadable() {
    return of(
        400,
        "The body could not be read",
        "Send JSON of the shape the operation describes at /openapi.");
  }
}
