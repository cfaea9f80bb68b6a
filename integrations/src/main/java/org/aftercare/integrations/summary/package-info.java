/**
 * What an adherence summary says, independent of the format that carries it: the figures, their
 * local codes and UCUM units, shared by the FHIR bundle and the HL7 v2 message.
 */
package org.aftercare.integrations.summary;
