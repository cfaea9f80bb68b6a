package org.aftercare.testing;

import java.util.UUID;
import org.aftercare.sharing.Cadence;
import org.aftercare.sharing.ConsentPurpose;
import org.aftercare.sharing.ConsentRequest;
import org.aftercare.sharing.EndpointKind;
import org.aftercare.sharing.EndpointSettings;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SmartClient;

/** Care-team connections, recipients and consents as the tests enter them. */
public final class SharingExamples {

  private SharingExamples() {}

  public static EndpointSettings fhirConnection(String name, String baseUrl) {
    return fhir(name, baseUrl, null, null, null);
  }

  public static EndpointSettings fhirConnection(
      String name, String baseUrl, String username, String password) {
    return fhir(name, baseUrl, username, password, null);
  }

  public static EndpointSettings hl7Connection(String name, String host, int port) {
    return new EndpointSettings(
        name,
        EndpointKind.HL7V2,
        null,
        null,
        null,
        host,
        port,
        false,
        "AFTERCARE",
        "CLINIC",
        "RECEIVER",
        "PRACTICE",
        null);
  }

  /** A FHIR server that wants SMART Backend Services tokens from {@code tokenUrl}. */
  public static EndpointSettings smartConnection(
      String name, String baseUrl, String tokenUrl, String clientId) {
    return fhir(name, baseUrl, null, null, new SmartClient(tokenUrl, clientId, null));
  }

  private static EndpointSettings fhir(
      String name, String baseUrl, String username, String password, SmartClient smart) {
    return new EndpointSettings(
        name,
        EndpointKind.FHIR,
        baseUrl,
        username,
        password,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        smart);
  }

  /** A recipient with weekly summaries at the default time. */
  public static RecipientDetails recipient(UUID endpointId, String name, String mrn) {
    return new RecipientDetails(endpointId, name, null, mrn, Cadence.WEEKLY, null, null, false);
  }

  /** Consent to one named recipient, for treatment, from today until revoked. */
  public static ConsentRequest consentTo(UUID recipientId, SharedData data) {
    return new ConsentRequest(
        recipientId, null, ConsentPurpose.TREATMENT, null, data, null, null, "Full Name");
  }

  /** Consent to "my treating providers", which covers the whole care team, for treatment. */
  public static ConsentRequest consentToTreatingProviders(SharedData data) {
    return new ConsentRequest(
        null,
        "my treating providers",
        ConsentPurpose.TREATMENT,
        null,
        data,
        null,
        null,
        "Full Name");
  }
}
