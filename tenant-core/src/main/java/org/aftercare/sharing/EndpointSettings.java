package org.aftercare.sharing;

import static org.aftercare.shared.Texts.blankToNull;

import java.net.URI;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.shared.InvalidInputException;

/**
 * What a clinic admin enters for a connection. For a FHIR server: its base URL and, for basic
 * authentication, a user name and password (a blank password on a change keeps the stored one), or
 * SMART Backend Services ({@code smart}), for which the portal makes the key pair: couriers then
 * find the private key where the password would be. For HL7 v2: host, port, TLS, and the MSH
 * sending and receiving application and facility.
 */
public record EndpointSettings(
    String name,
    EndpointKind kind,
    String baseUrl,
    String username,
    String password,
    String host,
    Integer port,
    boolean tls,
    String sendingApplication,
    String sendingFacility,
    String receivingApplication,
    String receivingFacility,
    SmartClient smart) {

  static final int MAX_NAME = 120;

  EndpointSettings normalised() {
    return new EndpointSettings(
        blankToNull(name),
        kind,
        blankToNull(baseUrl),
        blankToNull(username),
        password == null || password.isEmpty() ? null : password,
        blankToNull(host),
        port,
        tls,
        blankToNull(sendingApplication),
        blankToNull(sendingFacility),
        blankToNull(receivingApplication),
        blankToNull(receivingFacility),
        smart == null ? null : smart.normalised());
  }

  /** The same settings carrying this password (or, for SMART, private key). */
  EndpointSettings withPassword(String secret) {
    return new EndpointSettings(
        name,
        kind,
        baseUrl,
        username,
        secret,
        host,
        port,
        tls,
        sendingApplication,
        sendingFacility,
        receivingApplication,
        receivingFacility,
        smart);
  }

  /** Checks the fields a delivery needs; the connection itself is tested separately. */
  void validate(boolean allowLoopbackHttp) {
    if (name == null) {
      throw InvalidInputException.worded(
          "name",
          "Name the connection, for example the practice.",
          "refusal.sharing.connection.nameMissing");
    }
    if (name.length() > MAX_NAME) {
      throw InvalidInputException.worded(
          "name",
          "Use at most " + MAX_NAME + " characters.",
          "refusal.sharing.connection.nameTooLong",
          MAX_NAME);
    }
    if (kind == null) {
      throw InvalidInputException.worded(
          "kind", "Choose FHIR R4 or HL7 v2.", "refusal.sharing.connection.kind");
    }
    if (kind == EndpointKind.FHIR) {
      validateBaseUrl(allowLoopbackHttp);
      if (smart != null) {
        if (username != null) {
          throw InvalidInputException.worded(
              "username",
              "Choose basic authentication or SMART Backend Services, not both.",
              "refusal.sharing.connection.bothAuth");
        }
        smart.validate(allowLoopbackHttp);
      }
    } else {
      if (host == null || host.length() > 255) {
        throw InvalidInputException.worded(
            "host", "Enter the interface engine's host name.", "refusal.sharing.connection.host");
      }
      if (port == null || port < 1 || port > 65535) {
        throw InvalidInputException.worded(
            "port", "Enter a port between 1 and 65535.", "refusal.sharing.connection.port");
      }
      refuseInternal("host", host, allowLoopbackHttp);
      if (receivingApplication == null || receivingFacility == null) {
        throw InvalidInputException.worded(
            "receivingApplication",
            "Enter the receiving application and facility (MSH-5, MSH-6).",
            "refusal.sharing.connection.receivingApplication");
      }
    }
  }

  private void validateBaseUrl(boolean allowLoopbackHttp) {
    if (baseUrl == null) {
      throw InvalidInputException.worded(
          "baseUrl",
          "Enter the FHIR server's base URL.",
          "refusal.sharing.connection.baseUrlMissing");
    }
    URI uri =
        OutboundAddresses.allowedUrl(baseUrl, allowLoopbackHttp)
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "baseUrl",
                        "Use an https:// address: health information never travels unencrypted.",
                        "refusal.sharing.connection.baseUrlHttps"));
    if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
      throw InvalidInputException.worded(
          "baseUrl",
          "Enter the base URL only, without credentials, query or fragment.",
          "refusal.sharing.connection.baseUrlOnly");
    }
    refuseInternal("baseUrl", uri.getHost(), allowLoopbackHttp);
  }

  /** An address inside the platform's network is refused as the admin types it. */
  static void refuseInternal(String field, String host, boolean allowLoopback) {
    OutboundAddresses.refuse(field, host, allowLoopback);
  }

  /** Never the password (or private key) in logs or messages. */
  @Override
  public String toString() {
    return "EndpointSettings["
        + name
        + ", "
        + kind
        + ", "
        + (kind == EndpointKind.FHIR ? baseUrl : host + ":" + port)
        + "]";
  }
}
