package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.BulkExport;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.ExportFile;
import org.aftercare.sharing.ExportRequest;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The Bulk Data IG's asynchronous pattern for {@code Patient/$export} and {@code
 * Group/[id]/$export}: the kick-off answers 202 with where to poll; polling answers 202 with
 * progress until the manifest; files are fetched with the same bearer token; DELETE cancels. Called
 * for an authenticated API client only.
 */
@ApplicationScoped
public class BulkDataEndpoints {

  /** What an export can write: the API's resource types, less Group. */
  static final List<String> EXPORTABLE =
      List.of(
          "Patient",
          "MeasureReport",
          "Observation",
          "QuestionnaireResponse",
          "Appointment",
          "Encounter",
          "Consent");

  private static final Set<String> KICK_OFF_PARAMETERS = Set.of("_type", "_since", "_outputFormat");
  private static final Set<String> NDJSON =
      Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");
  private static final Pattern GROUP_EXPORT = Pattern.compile("/Group/([^/]+)/\\$export");
  private static final Pattern STATUS = Pattern.compile("/\\$export-status/([^/]+)");
  private static final Pattern FILE = Pattern.compile("/\\$export-file/([^/]+)/([^/]+)");

  @Inject BulkExports exports;
  @Inject Caller caller;
  @Inject ApiAddresses addresses;

  /** Answers the request when it is one of the export's; false leaves it to the FHIR server. */
  boolean handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
    Matcher group = GROUP_EXPORT.matcher(path);
    Matcher status = STATUS.matcher(path);
    Matcher file = FILE.matcher(path);
    try {
      if (path.equals("/Patient/$export")) {
        kickOff(request, response, null);
      } else if (group.matches()) {
        kickOff(request, response, id(group.group(1)));
      } else if (status.matches()) {
        status(request, response, id(status.group(1)));
      } else if (file.matches()) {
        file(request, response, id(file.group(1)), id(file.group(2)));
      } else {
        return false;
      }
    } catch (InvalidInputException invalid) {
      ApiOutcomes.refuse(response, 400, IssueType.INVALID, invalid.getMessage());
    } catch (NotFoundException notFound) {
      ApiOutcomes.refuse(response, 404, IssueType.NOTFOUND, notFound.getMessage());
    }
    return true;
  }

  private void kickOff(HttpServletRequest request, HttpServletResponse response, UUID groupId)
      throws IOException {
    if (!"GET".equals(request.getMethod())) {
      ApiOutcomes.refuse(response, 405, IssueType.NOTSUPPORTED, "Kick off an export with GET.");
      return;
    }
    if (!"respond-async"
        .equalsIgnoreCase(Optional.ofNullable(request.getHeader("Prefer")).orElse("").trim())) {
      throw new InvalidInputException(
          "Prefer", "Send Prefer: respond-async to kick off an export.");
    }
    request.getParameterMap().keySet().stream()
        .filter(name -> !KICK_OFF_PARAMETERS.contains(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw new InvalidInputException(name, "This server does not support " + name + ".");
            });
    String format = request.getParameter("_outputFormat");
    if (format != null && !NDJSON.contains(format)) {
      throw new InvalidInputException("_outputFormat", "Exports are written as NDJSON only.");
    }
    BulkExport export =
        exports.kickOff(
            new ExportRequest(
                groupId,
                types(request.getParameter("_type")),
                since(request),
                requestUrl(request)));
    response.setStatus(202);
    response.setHeader("Content-Location", statusUrl(request, export));
    response.setHeader("Cache-Control", "no-store");
  }

  /** The types asked for; without {@code _type}, every exportable type the token may read. */
  private List<String> types(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      Set<String> scopes = caller.requireApiClient().scopes();
      return EXPORTABLE.stream()
          .filter(
              type ->
                  ApiScope.forResource(type)
                      .map(ApiScope::value)
                      .filter(scopes::contains)
                      .isPresent())
          .toList();
    }
    List<String> types = Arrays.stream(parameter.split(",")).map(String::trim).distinct().toList();
    types.stream()
        .filter(type -> !EXPORTABLE.contains(type))
        .findFirst()
        .ifPresent(
            type -> {
              throw new InvalidInputException(
                  "_type", type + " cannot be exported; choose among " + EXPORTABLE + ".");
            });
    return types;
  }

  private static Instant since(HttpServletRequest request) {
    String since = request.getParameter("_since");
    if (since == null) {
      return null;
    }
    try {
      return new InstantType(since).getValue().toInstant();
    } catch (DataFormatException | NullPointerException notAnInstant) {
      throw new InvalidInputException(
          "_since", "_since is a FHIR instant, for example 2026-01-31T00:00:00Z.");
    }
  }

  private void status(HttpServletRequest request, HttpServletResponse response, UUID exportId)
      throws IOException {
    if ("DELETE".equals(request.getMethod())) {
      exports.cancel(exportId);
      response.setStatus(202);
      return;
    }
    BulkExport export = exports.status(exportId);
    switch (export.getStatus()) {
      case QUEUED, RUNNING -> {
        response.setStatus(202);
        response.setHeader("X-Progress", export.progress().orElse("Queued"));
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
      }
      case COMPLETE -> manifest(request, response, export);
      case FAILED ->
          ApiOutcomes.refuse(
              response, 500, IssueType.EXCEPTION, export.error().orElse("The export failed."));
      case CANCELLED -> throw new NotFoundException("Export");
    }
  }

  private void manifest(HttpServletRequest request, HttpServletResponse response, BulkExport export)
      throws IOException {
    JsonArrayBuilder output = Json.createArrayBuilder();
    for (ExportFile file : exports.files(export.getId())) {
      output.add(
          Json.createObjectBuilder()
              .add("type", file.getResourceType())
              .add(
                  "url",
                  addresses.fhirBase(request)
                      + "/$export-file/"
                      + export.getId()
                      + "/"
                      + file.getId())
              .add("count", file.getResourceCount()));
    }
    String body =
        Json.createObjectBuilder()
            .add(
                "transactionTime",
                new InstantType(java.util.Date.from(export.getRequestedAt())).getValueAsString())
            .add("request", export.getRequestUrl())
            .add("requiresAccessToken", true)
            .add("output", output)
            .add("error", Json.createArrayBuilder())
            .build()
            .toString();
    ApiOutcomes.writeJson(response, 200, "application/json", body);
  }

  private void file(
      HttpServletRequest request, HttpServletResponse response, UUID exportId, UUID fileId)
      throws IOException {
    ExportFile file = exports.file(exportId, fileId);
    response.setStatus(200);
    response.setContentType("application/fhir+ndjson");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(file.getContent());
  }

  private String statusUrl(HttpServletRequest request, BulkExport export) {
    return addresses.fhirBase(request) + "/$export-status/" + export.getId();
  }

  private static String requestUrl(HttpServletRequest request) {
    String query = request.getQueryString();
    String url = request.getRequestURL().toString();
    return query == null ? url : url + "?" + query;
  }

  private static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notOurs) {
      throw new NotFoundException("Export or group");
    }
  }
}
