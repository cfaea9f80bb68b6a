/**
 * The clinic's REST API at {@code /api/v1}, for the clinic's own systems: its EHR discharging a
 * client into aftercare, scheduling and billing reading sessions and attendance. Tokens come from
 * the same registry and token endpoint as the FHIR API; the scopes decide what a system may do, the
 * core's role gate enforces them, and row-level security keeps every answer in the token's clinic.
 */
package org.aftercare.integrations.restapi;
