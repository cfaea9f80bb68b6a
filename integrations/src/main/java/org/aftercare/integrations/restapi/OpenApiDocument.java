package org.aftercare.integrations.restapi;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The REST API's OpenAPI document at {@code /openapi}, YAML by default and JSON on asking (an
 * {@code Accept} of JSON or {@code ?format=JSON}), as MicroProfile OpenAPI serves it. Written by
 * hand beside the resources and checked against every answer of the API tests: Payara Micro's own
 * {@code /openapi} endpoint does not answer for the portal's application here.
 */
@WebServlet(urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiDocument extends HttpServlet {

  @Serial private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "/META-INF/openapi.yaml";

  private final String yaml = read();
  private final String json = toJson(yaml);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean asJson =
        "JSON".equalsIgnoreCase(request.getParameter("format"))
            || Optional.ofNullable(request.getHeader("Accept"))
                .filter(accept -> accept.contains("application/json"))
                .isPresent();
    response.setContentType(asJson ? "application/json" : "application/yaml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(asJson ? json : yaml);
  }

  private static String read() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toJson(String yaml) {
    Map<String, Object> document = new Yaml().load(yaml);
    return Json.createObjectBuilder(document).build().toString();
  }
}
