package org.aftercare.integrations.fhirapi;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Optional;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.integrations.fhir.AdherenceBundles;
import org.aftercare.sharing.PulledRecords;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The FHIR API at {@code /fhir}: the capability statement and the SMART configuration are public;
 * the token endpoint takes a client assertion; everything else needs a bearer token, which alone
 * decides the clinic and the caller (a session cookie carried along counts for nothing here).
 * Started by the first request, not with the portal: HAPI's server loads about 1,100 classes, 15 MB
 * of an idle portal's memory that a clinic without an EHR pulling never needs (bench/RESULTS.md).
 */
@WebServlet(urlPatterns = "/fhir/*")
public class FhirApiServlet extends RestfulServer {

  @Serial private static final long serialVersionUID = 1L;

  /** Nothing the API reads needs a body; a large one is refused before anything parses it. */
  static final long MAX_BODY = 64 * 1024;

  @Inject transient Caller caller;
  @Inject transient PulledRecords records;
  @Inject transient ApiTokens tokens;
  @Inject transient TokenEndpoint tokenEndpoint;
  @Inject transient ApiAddresses addresses;
  @Inject transient BulkDataEndpoints bulkData;

  public FhirApiServlet() {
    super(AdherenceBundles.fhirContext());
  }

  @Override
  protected void initialize() throws ServletException {
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setImplementationDescription("Aftercare: attendance and engagement shared under 42 CFR Part 2");
    var reads = new Reads(caller, records);
    setResourceProviders(
        List.of(
            new PatientProvider(reads),
            new SummaryProviders.MeasureReports(reads),
            new SummaryProviders.Observations(reads),
            new SummaryProviders.QuestionnaireResponses(reads),
            new QuestionnaireProvider(reads),
            new AttendanceProviders.Appointments(reads),
            new AttendanceProviders.Encounters(reads),
            new ConsentProvider(reads),
            new GroupProvider(reads),
            new CareTeamProvider(reads)));
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
    if (path.equals(ApiAddresses.TOKEN_PATH)) {
      tokenEndpoint.handle(request, response);
      return;
    }
    if (path.equals("/.well-known/smart-configuration")) {
      smartConfiguration(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      ApiOutcomes.refuse(response, 413, IssueType.TOOLONG, "This API takes no request bodies.");
      return;
    }
    if (!Utf8.isWellFormedQuery(request.getQueryString())) {
      ApiOutcomes.refuse(
          response, 400, IssueType.INVALID, "The query is not well-formed UTF-8 percent-encoding.");
      return;
    }
    if (path.equals("/metadata")) {
      super.service(request, response);
      return;
    }
    Optional<ApiCaller> system = tokens.holder(request);
    if (system.isEmpty()) {
      ApiOutcomes.refuse(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          IssueType.LOGIN,
          "Send a valid bearer token from " + addresses.tokenUrl(request) + ".");
      return;
    }
    if (!tokens.clinicIsActive(system.get())) {
      ApiOutcomes.refuse(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          IssueType.FORBIDDEN,
          "The clinic is suspended.");
      return;
    }
    tokens.serveAs(
        system.get(),
        () -> {
          if (!bulkData.handle(request, response)) {
            super.service(request, response);
          }
        });
  }

  private void smartConfiguration(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder scopes = Json.createArrayBuilder();
    for (ApiScope scope : ApiScope.of(ApiScope.Api.FHIR)) {
      scopes.add(scope.value());
    }
    String body =
        Json.createObjectBuilder()
            .add("token_endpoint", addresses.tokenUrl(request))
            .add(
                "token_endpoint_auth_methods_supported",
                Json.createArrayBuilder().add("private_key_jwt"))
            .add(
                "token_endpoint_auth_signing_alg_values_supported",
                Json.createArrayBuilder().add("RS384").add("ES384"))
            .add("grant_types_supported", Json.createArrayBuilder().add("client_credentials"))
            .add("scopes_supported", scopes)
            .add("capabilities", Json.createArrayBuilder().add("client-confidential-asymmetric"))
            .build()
            .toString();
    ApiOutcomes.writeJson(response, 200, "application/json", body);
  }
}
