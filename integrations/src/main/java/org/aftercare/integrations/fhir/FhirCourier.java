package org.aftercare.integrations.fhir;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.sharing.ClientKey;
import org.aftercare.sharing.Courier;
import org.aftercare.sharing.EndpointKind;
import org.aftercare.sharing.EndpointSettings;
import org.aftercare.sharing.SmartClient;
import org.aftercare.sharing.SummaryMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers summaries to care teams' FHIR R4 servers as transaction bundles, without authentication,
 * with basic authentication or with SMART Backend Services tokens.
 */
@ApplicationScoped
public class FhirCourier implements Courier {

  private FhirSender sender;
  private SmartTokens tokens;
  private boolean allowLoopbackHttp;

  @Inject
  void configure(
      @ConfigProperty(name = "aftercare.sharing.connect-timeout-ms", defaultValue = "5000")
          long connectTimeout,
      @ConfigProperty(name = "aftercare.sharing.read-timeout-ms", defaultValue = "30000")
          long readTimeout,
      @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
          boolean allowLoopbackHttp) {
    this.allowLoopbackHttp = allowLoopbackHttp;
    sender =
        new FhirSender(
            Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout), allowLoopbackHttp);
    tokens =
        new SmartTokens(
            Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout), allowLoopbackHttp);
  }

  @PreDestroy
  void close() {
    sender.close();
    tokens.close();
  }

  @Override
  public EndpointKind kind() {
    return EndpointKind.FHIR;
  }

  @Override
  public DeliveryOutcome deliver(SummaryMessage message, EndpointSettings endpoint) {
    return internal(endpoint).orElseGet(() -> sender.deliver(address(endpoint), message));
  }

  @Override
  public DeliveryOutcome testConnection(EndpointSettings endpoint) {
    return internal(endpoint).orElseGet(() -> sender.testConnection(address(endpoint)));
  }

  /** Checked before every attempt: a name may point inside the platform's network by now. */
  private Optional<DeliveryOutcome> internal(EndpointSettings endpoint) {
    return Stream.of(
            endpoint.baseUrl(), endpoint.smart() == null ? null : endpoint.smart().tokenUrl())
        .filter(Objects::nonNull)
        .map(url -> OutboundAddresses.allowedUrl(url, allowLoopbackHttp))
        .flatMap(Optional::stream)
        .map(uri -> OutboundAddresses.refusal(uri.getHost(), allowLoopbackHttp))
        .flatMap(Optional::stream)
        .findFirst()
        .map(DeliveryOutcome::rejected);
  }

  @Override
  public ClientKey newClientKey() {
    var key = SmartClientKeys.generate();
    return new ClientKey(key.keyId(), key.privateJwk(), key.publicJwks());
  }

  /** For SMART, the stored private key arrives where a password would. */
  private FhirEndpoint address(EndpointSettings endpoint) {
    if (endpoint.smart() != null) {
      SmartClient smart = endpoint.smart();
      return FhirEndpoint.withBearerToken(
          endpoint.baseUrl(),
          tokens.tokenSupplier(
              smart.tokenUrl(), smart.clientId(), endpoint.password(), smart.scope()));
    }
    return endpoint.username() == null
        ? FhirEndpoint.withoutAuthentication(endpoint.baseUrl())
        : FhirEndpoint.withBasicAuthentication(
            endpoint.baseUrl(), endpoint.username(), endpoint.password());
  }
}
