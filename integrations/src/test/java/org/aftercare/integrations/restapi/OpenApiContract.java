package org.aftercare.integrations.restapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's OpenAPI document as the portal serves it at {@code /openapi}, and the check that
 * an answer is one it describes: the operation exists, the status is listed, and the body matches
 * the status's schema.
 */
final class OpenApiContract {

  private static final String DOCUMENT = "https://aftercare.test/openapi.json";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final JsonNode document;
  private final SchemaRegistry registry;

  OpenApiContract(String openApiJson) {
    this.document = JSON.readTree(openApiJson);
    this.registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(DOCUMENT, openApiJson)));
  }

  JsonNode document() {
    return document;
  }

  /**
   * Fails unless the document describes this answer.
   *
   * @param path the path under the API's base, such as {@code /clients/3f…}
   */
  void check(String method, String path, int status, String contentType, String body) {
    String template = templateOf(path);
    JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
    if (operation.isMissingNode()) {
      throw new AssertionError("The OpenAPI document has no " + method + " " + template);
    }
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    if (response.isMissingNode()) {
      throw new AssertionError(
          "The OpenAPI document lists no " + status + " for " + method + " " + template);
    }
    String pointer =
        "/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/" + status;
    if (response.has("$ref")) {
      pointer = response.get("$ref").asString().substring(1);
      response = document.at(pointer);
    }
    JsonNode content = response.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      if (body != null && !body.isEmpty()) {
        throw new AssertionError(
            method + " " + template + " " + status + " has an undocumented body");
      }
      return;
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim();
    if (!content.has(type)) {
      throw new AssertionError(
          method
              + " "
              + template
              + " "
              + status
              + " answered "
              + type
              + ", documented: "
              + List.copyOf(content.propertyNames()));
    }
    Schema schema =
        registry.getSchema(
            SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/" + escape(type) + "/schema"));
    var errors = schema.validate(JSON.readTree(body));
    if (!errors.isEmpty()) {
      throw new AssertionError(
          method
              + " "
              + template
              + " "
              + status
              + " does not match its schema: "
              + errors
              + "\n"
              + body);
    }
  }

  /** The document's path template that {@code path} fills in. */
  private String templateOf(String path) {
    Iterator<String> templates = document.path("paths").propertyNames().iterator();
    while (templates.hasNext()) {
      String template = templates.next();
      if (path.matches(template.replaceAll("\\{[^/]+}", "[^/]+"))) {
        return template;
      }
    }
    throw new AssertionError("The OpenAPI document has no path for " + path);
  }

  private static String escape(String pointerPart) {
    return pointerPart.replace("~", "~0").replace("/", "~1");
  }
}
