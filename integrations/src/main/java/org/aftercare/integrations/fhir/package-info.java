/**
 * FHIR R4: an adherence summary as a transaction bundle (MeasureReport, Observations, Provenance,
 * each labelled for 42 CFR Part 2) and the HTTPS sender that posts it to a care team's server,
 * authenticated by basic auth or by SMART Backend Services tokens.
 */
package org.aftercare.integrations.fhir;
