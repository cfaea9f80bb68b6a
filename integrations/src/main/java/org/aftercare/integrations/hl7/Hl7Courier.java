package org.aftercare.integrations.hl7;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.OutboundAddresses;
import org.aftercare.sharing.Courier;
import org.aftercare.sharing.EndpointKind;
import org.aftercare.sharing.EndpointSettings;
import org.aftercare.sharing.SummaryMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivers summaries to care teams' interface engines as HL7 v2.5.1 ORU^R01 over MLLP. */
@ApplicationScoped
public class Hl7Courier implements Courier {

  private MllpSender sender;
  private boolean allowLoopback;

  @Inject
  void configure(
      @ConfigProperty(name = "aftercare.sharing.connect-timeout-ms", defaultValue = "5000")
          long connectTimeout,
      @ConfigProperty(name = "aftercare.sharing.read-timeout-ms", defaultValue = "30000")
          long readTimeout,
      @ConfigProperty(name = "aftercare.sharing.allow-loopback-http", defaultValue = "false")
          boolean allowLoopback) {
    sender = new MllpSender(Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout));
    this.allowLoopback = allowLoopback;
  }

  @Override
  public EndpointKind kind() {
    return EndpointKind.HL7V2;
  }

  @Override
  public DeliveryOutcome deliver(SummaryMessage message, EndpointSettings endpoint) {
    var parties =
        new MllpParties(
            endpoint.sendingApplication() == null ? "AFTERCARE" : endpoint.sendingApplication(),
            endpoint.sendingFacility() == null ? message.clinicName() : endpoint.sendingFacility(),
            endpoint.receivingApplication(),
            endpoint.receivingFacility());
    return internal(endpoint).orElseGet(() -> sender.deliver(address(endpoint), message, parties));
  }

  @Override
  public DeliveryOutcome testConnection(EndpointSettings endpoint) {
    return internal(endpoint).orElseGet(() -> sender.testConnection(address(endpoint)));
  }

  /** Checked before every attempt: a name may point inside the platform's network by now. */
  private Optional<DeliveryOutcome> internal(EndpointSettings endpoint) {
    return OutboundAddresses.refusal(endpoint.host(), allowLoopback).map(DeliveryOutcome::rejected);
  }

  private static MllpEndpoint address(EndpointSettings endpoint) {
    return endpoint.tls()
        ? MllpEndpoint.overTls(endpoint.host(), endpoint.port())
        : MllpEndpoint.plain(endpoint.host(), endpoint.port());
  }
}
