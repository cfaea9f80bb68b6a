package org.aftercare.integrations.restapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftercare.integrations.fhirapi.Ehr;

/**
 * One of the clinic's own systems calling the REST API: its token comes from the shared token
 * endpoint (as the {@link Ehr} gets it), and every answer it receives is checked against the
 * OpenAPI document the portal serves.
 */
final class ClinicSystem {

  /** An answer: status, headers the tests look at, and the body as JSON (null when empty). */
  record Reply(int status, Map<String, String> headers, String body) {
    JsonObject json() {
      return (JsonObject) structure();
    }

    jakarta.json.JsonArray array() {
      return (jakarta.json.JsonArray) structure();
    }

    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }
  }

  private final String apiBase;
  private final OpenApiContract contract;
  final Ehr keys;
  String token;

  ClinicSystem(String portalBase, OpenApiContract contract) {
    this.apiBase = portalBase + ClinicApi.PATH;
    this.contract = contract;
    this.keys = new Ehr(portalBase + "/fhir");
  }

  ClinicSystem withToken(String scopes) {
    token = keys.token(scopes);
    return this;
  }

  Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  Reply post(String path, String json, Map<String, String> headers) {
    return send("POST", path, json, headers);
  }

  Reply put(String path, String json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Reply send(String method, String path, String json, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(URI.create(apiBase + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    HttpResponse<String> response = Ehr.send(request.build());
    Map<String, String> seen = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> seen.put(name.toLowerCase(), values.getFirst()));
    String type = seen.get("content-type");
    contract.check(method, path.split("\\?")[0], response.statusCode(), type, response.body());
    return new Reply(response.statusCode(), seen, response.body());
  }
}
