/**
 * The read-only FHIR R4 API for EHRs that pull, at {@code /fhir}: SMART Backend Services
 * authorization (a signed client assertion for a five-minute token), HAPI's plain server for the
 * resources, and the translation of the core's refusals into {@code OperationOutcome}s. What an API
 * client may see, and the disclosure of every read, are the core's ({@code PulledRecords}).
 */
package org.aftercare.integrations.fhirapi;
