package org.aftercare.sharing;

import java.util.UUID;

/**
 * A queued message a relay holds for one attempt: the lease token that proves it still holds it,
 * the attempt's number, and what the courier needs.
 */
record Claim(
    UUID messageId,
    UUID leaseToken,
    int attempt,
    EndpointKind kind,
    SummaryMessage message,
    EndpointSettings endpoint) {}
