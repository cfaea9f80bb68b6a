package org.aftercare.integrations.fhirapi;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aftercare.integrations.fhir.AdherenceBundles;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Refusals answered before HAPI's server sees the request, as FHIR clients expect them. */
public final class ApiOutcomes {

  private ApiOutcomes() {}

  static void refuse(HttpServletResponse response, int status, IssueType type, String diagnostics)
      throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"aftercare\"");
    }
    writeJson(
        response,
        status,
        "application/fhir+json",
        AdherenceBundles.fhirContext().newJsonParser().encodeResourceToString(outcome));
  }

  public static void writeJson(HttpServletResponse response, int status, String type, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body);
  }
}
