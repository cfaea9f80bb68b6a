package org.aftercare.integrations.fhirapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.apiclients.ApiClientDirectory;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.BulkExport;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.ExportFile;
import org.aftercare.sharing.ExportRequest;
import org.aftercare.sharing.PulledClient;
import org.aftercare.sharing.PulledClients;
import org.aftercare.sharing.PulledRecords;
import org.aftercare.sharing.SharedGroup;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The FHIR API as an EHR reaches it — the real servlet, HAPI's parameter binding, our providers,
 * the Bulk Data endpoints and the token endpoint — served in process (Jetty's local connector, no
 * socket), with the clinic's records standing in as one where nothing is shared. Whatever the
 * search parameters, ids and form fields say, the answer is the API's own: a result or a 4xx with
 * its OperationOutcome or OAuth error, never a 500 from a parser that tripped.
 */
class FhirApiFuzzTest {

  private static final ApiCaller EHR =
      new ApiCaller(
          UUID.fromString("0190c6e1-0000-7000-8000-000000000001"),
          UUID.fromString("0190c6e1-0000-7000-8000-000000000002"),
          "Fuzzing EHR",
          Arrays.stream(ApiScope.values()).map(ApiScope::value).collect(Collectors.toSet()));

  private static final List<String> READS =
      List.of(
          "Patient",
          "MeasureReport",
          "Observation",
          "QuestionnaireResponse",
          "Questionnaire",
          "Appointment",
          "Encounter",
          "Consent",
          "Group",
          "CareTeam");
  private static final List<String> PARAMETERS =
      List.of(
          "identifier",
          "patient",
          "date",
          "_count",
          "_offset",
          "_id",
          "_type",
          "_since",
          "_outputFormat",
          "_format",
          "_summary",
          "_elements",
          "_include",
          "_sort",
          "patient:Patient",
          "date:missing",
          "identifier:text");

  private static Server jetty;
  private static LocalConnector local;

  @BeforeAll
  static void serveTheApi() throws Exception {
    var servlet = new FhirApiServlet();
    servlet.caller = new EhrCaller();
    servlet.records = new NothingShared();
    servlet.addresses = new ApiAddresses();
    servlet.addresses.publicUrl = Optional.empty();
    servlet.tokens = new EhrTokens();
    servlet.bulkData = new BulkDataEndpoints();
    servlet.bulkData.exports = new NoExports();
    servlet.bulkData.caller = servlet.caller;
    servlet.bulkData.addresses = servlet.addresses;
    servlet.tokenEndpoint = new TokenEndpoint();
    servlet.tokenEndpoint.directory = new NoApiClients();
    servlet.tokenEndpoint.addresses = servlet.addresses;
    jetty = new Server();
    local = new LocalConnector(jetty);
    jetty.addConnector(local);
    var handler = new ServletContextHandler();
    handler.setContextPath("/");
    handler.addServlet(new ServletHolder(servlet), "/fhir/*");
    jetty.setHandler(handler);
    jetty.start();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "ge", "le", "gt", "lt", "eq", "ne", "sa", "eb", "ap", "2026-01-31", "2026-01-31T10:00:00Z",
    "T", "Z", "+", "|", "\\x5C|", ",", "\\x5C,", "$", "%", "Patient/", "0190c6e1-7c3e-7b0a-9b1d-",
    ".2026-01-01.2026-12-31", "$export", "$export-status", "$export-file", "ndjson"
  })
  void searchesAndReadsAnswerWithoutAServerError(FuzzedDataProvider data) throws Exception {
    var target = new StringBuilder("/fhir/");
    switch (data.consumeInt(0, 3)) {
      case 0 -> target.append(data.pickValue(READS));
      case 1 ->
          target.append(data.pickValue(READS)).append('/').append(encoded(data.consumeString(60)));
      case 2 -> target.append("Patient/$export");
      default ->
          target
              .append(data.pickValue(List.of("$export-status/", "$export-file/", "Group/")))
              .append(encoded(data.consumeString(40)))
              .append(data.consumeBoolean() ? "/$export" : "");
    }
    target.append('?');
    int parameters = data.consumeInt(0, 4);
    for (int i = 0; i < parameters; i++) {
      target
          .append(data.pickValue(PARAMETERS))
          .append('=')
          .append(encoded(data.consumeString(60)))
          .append('&');
    }
    // What is left goes as typed, percent signs and all, as a hand-made URL would.
    target.append(data.consumeRemainingAsAsciiString().replaceAll("[^!-~]", ""));

    var response =
        HttpTester.parseResponse(
            local.getResponse(
                "GET "
                    + target
                    + " HTTP/1.1\r\nHost: fhir.example\r\nPrefer: respond-async\r\n"
                    + "Authorization: Bearer fuzz\r\nConnection: close\r\n\r\n"));

    assertThat(response.getStatus()).as(target + " " + response.getContent()).isLessThan(500);
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "client_credentials",
    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    "eyJ",
    ".",
    "system/Patient.read",
    "system/*.read"
  })
  void tokenRequestsAnswerWithAnOAuthError(FuzzedDataProvider data) throws Exception {
    String body =
        "grant_type="
            + encoded(data.consumeBoolean() ? "client_credentials" : data.consumeString(20))
            + "&client_assertion_type="
            + encoded(data.consumeBoolean() ? TokenEndpoint.JWT_BEARER : data.consumeString(20))
            + "&scope="
            + encoded(data.consumeString(40))
            + "&client_assertion="
            + encoded(data.consumeRemainingAsString());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

    var response =
        HttpTester.parseResponse(
            local.getResponse(
                "POST /fhir/auth/token HTTP/1.1\r\nHost: fhir.example\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + bytes.length
                    + "\r\nConnection: close\r\n\r\n"
                    + body));

    assertThat(response.getStatus()).as(response.getContent()).isBetween(400, 499);
    assertThat(response.getContent()).contains("\"error\"");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Every call is the EHR's, with every scope, in its clinic. */
  private static final class EhrCaller extends Caller {
    @Override
    public ApiCaller requireApiClient() {
      return EHR;
    }

    @Override
    public Optional<ApiCaller> apiClient() {
      return Optional.of(EHR);
    }

    @Override
    public <T> T callAsApiClient(ApiCaller system, Supplier<T> work) {
      return work.get();
    }

    @Override
    public <T> T callAsPortal(UUID clinic, Supplier<T> work) {
      return work.get();
    }
  }

  private static final class EhrTokens extends ApiTokens {
    @Override
    public Optional<ApiCaller> holder(jakarta.servlet.http.HttpServletRequest request) {
      return Optional.of(EHR);
    }

    @Override
    public boolean clinicIsActive(ApiCaller system) {
      return true;
    }

    @Override
    public void serveAs(ApiCaller system, Exchange exchange)
        throws java.io.IOException, jakarta.servlet.ServletException {
      exchange.run();
    }
  }

  /** A clinic that shares nothing with this EHR: every client is unknown to it. */
  private static final class NothingShared extends PulledRecords {
    @Override
    public LocalDate today() {
      return LocalDate.of(2026, 11, 29);
    }

    @Override
    public PulledClients clients(
        Optional<String> patientSystem, Optional<String> patientMrn, int offset, int count) {
      return new PulledClients(List.of(), 0);
    }

    @Override
    public PulledClient client(UUID clientId) {
      throw new NotFoundException("Client");
    }

    @Override
    public org.aftercare.sharing.SummaryMessage summary(
        UUID clientId, LocalDate from, LocalDate to) {
      throw new NotFoundException("Client");
    }

    @Override
    public List<org.aftercare.attendance.Attendance> attendance(
        UUID clientId, LocalDate from, LocalDate to) {
      throw new NotFoundException("Client");
    }

    @Override
    public PulledClient underConsent(UUID consentId) {
      throw new NotFoundException("Consent");
    }

    @Override
    public List<SharedGroup> groups() {
      return List.of();
    }

    @Override
    public org.aftercare.sharing.SharedCareTeam careTeamOf(UUID clientId) {
      throw new NotFoundException("Client");
    }

    @Override
    public org.aftercare.attendance.Attendance attendanceRecord(UUID attendanceId) {
      throw new NotFoundException("Attendance");
    }
  }

  private static final class NoExports extends BulkExports {
    @Override
    public BulkExport kickOff(ExportRequest request) {
      throw new NotFoundException("Group");
    }

    @Override
    public BulkExport status(UUID exportId) {
      throw new NotFoundException("Export");
    }

    @Override
    public List<ExportFile> files(UUID exportId) {
      throw new NotFoundException("Export");
    }

    @Override
    public ExportFile file(UUID exportId, UUID fileId) {
      throw new NotFoundException("Export");
    }

    @Override
    public void cancel(UUID exportId) {
      throw new NotFoundException("Export");
    }
  }

  /** No assertion names a registered client: the endpoint reads the form and the JWT, no more. */
  private static final class NoApiClients extends ApiClientDirectory {
    @Override
    public Optional<UUID> clinicOfClient(UUID apiClientId) {
      return Optional.empty();
    }
  }
}
