/**
 * Sharing with a client's outside care team under 42 CFR Part 2: the client's consents, the care
 * team's connections and recipients, the outbox that delivers summaries, and the disclosures the
 * client can see. The message formats and transports (FHIR R4, HL7 v2) live in the integrations
 * module, behind {@code Courier}.
 */
package org.aftercare.sharing;
