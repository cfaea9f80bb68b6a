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
      throw new InvalidInputException("name", "Name the connection, for example the practice.");
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidInputException("name", "Use at most " + MAX_NAME + " characters.");
    }
    if (kind == null) {
      throw new InvalidInputException("kind", "Choose FHIR R4 or HL7 v2.");
    }
    if (kind == EndpointKind.FHIR) {
      validateBaseUrl(allowLoopbackHttp);
      if (smart != null) {
        if (username != null) {
          throw new InvalidInputException(
              "username", "Choose basic authentication or SMART Backend Services, not both.");
        }
        smart.validate(allowLoopbackHttp);
      }
    } else {
      if (host == null || host.length() > 255) {
        throw new InvalidInputException("host", "Enter the interface engine's host name.");
      }
      if (port == null || port < 1 || port > 65535) {
        throw new InvalidInputException("port", "Enter a port between 1 and 65535.");
      }
      refuseInternal("host", host, allowLoopbackHttp);
      if (receivingApplication == null || receivingFacility == null) {
        throw new InvalidInputException(
            "receivingApplication", "Enter the receiving application and facility (MSH-5, MSH-6).");
      }
    }
  }

  private void validateBaseUrl(boolean allowLoopbackHttp) {
    if (baseUrl == null) {
      throw new InvalidInputException("baseUrl", "Enter the FHIR server's base URL.");
    }
    URI uri =
        OutboundAddresses.allowedUrl(baseUrl, allowLoopbackHttp)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "baseUrl",
                        "Use an https:// address: health information never travels unencrypted."));
    if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new InvalidInputException(
          "baseUrl", "Enter the base URL only, without credentials, query or fragment.");
    }
    refuseInternal("baseUrl", uri.getHost(), allowLoopbackHttp);
  }

  /** An address inside the platform's network is refused as the admin types it. */
  static void refuseInternal(String field, String host, boolean allowLoopback) {
    OutboundAddresses.refusal(host, allowLoopback)
        .ifPresent(
            why -> {
              throw new InvalidInputException(field, why);
            });
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
