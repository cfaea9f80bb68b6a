package org.aftercare.sharing;

import static org.aftercare.shared.Texts.blankToNull;

import java.net.URI;
import java.util.Objects;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.shared.InvalidInputException;

/**
 * SMART Backend Services for a FHIR connection: the EHR's token endpoint, the client id it gave the
 * clinic, and the scopes asked for. The clinic's key pair is made by the portal; the EHR gets its
 * public JWKS.
 */
public record SmartClient(String tokenUrl, String clientId, String scope) {

  /** What writing an adherence summary needs, in SMART v2 scope syntax. */
  public static final String DEFAULT_SCOPE =
      "system/MeasureReport.c system/Observation.c system/Provenance.c";

  SmartClient normalised() {
    return new SmartClient(
        blankToNull(tokenUrl),
        blankToNull(clientId),
        Objects.requireNonNullElse(blankToNull(scope), DEFAULT_SCOPE));
  }

  void validate(boolean allowLoopbackHttp) {
    if (tokenUrl == null) {
      throw InvalidInputException.worded(
          "tokenUrl", "Enter the EHR's token endpoint.", "refusal.sharing.smart.tokenUrl");
    }
    URI uri =
        OutboundAddresses.allowedUrl(tokenUrl, allowLoopbackHttp)
            .orElseThrow(
                () ->
                    InvalidInputException.worded(
                        "tokenUrl",
                        "Use an https:// address.",
                        "refusal.sharing.smart.tokenUrlHttps"));
    EndpointSettings.refuseInternal("tokenUrl", uri.getHost(), allowLoopbackHttp);
    if (clientId == null || clientId.length() > 200) {
      throw InvalidInputException.worded(
          "clientId", "Enter the client id the EHR registered.", "refusal.sharing.smart.clientId");
    }
    if (scope.length() > 500) {
      throw InvalidInputException.worded(
          "scope", "Use at most 500 characters.", "refusal.sharing.smart.scopeTooLong");
    }
  }
}
