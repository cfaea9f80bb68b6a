package org.aftercare.sharing;

import org.aftercare.outbound.DeliveryOutcome;

/**
 * Carries a summary to one kind of care-team system. The integrations module provides one per
 * {@link EndpointKind}; the outbox picks it by kind and acts on the outcome. A courier never throws
 * for a failed delivery: it says whether a later attempt can help.
 */
public interface Courier {

  EndpointKind kind();

  /** One attempt, with the stored password decrypted into {@code endpoint}. */
  DeliveryOutcome deliver(SummaryMessage message, EndpointSettings endpoint);

  /** A round trip that sends no one's information. */
  DeliveryOutcome testConnection(EndpointSettings endpoint);

  /** A new key pair for a SMART connection; only couriers that speak OAuth2 make one. */
  default ClientKey newClientKey() {
    throw new UnsupportedOperationException(kind() + " connections use no client key");
  }
}
