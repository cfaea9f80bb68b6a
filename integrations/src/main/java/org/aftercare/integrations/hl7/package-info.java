/**
 * HL7 v2.5.1: an adherence summary as an ORU^R01 and the MLLP sender that delivers it to a care
 * team's interface engine and reads its acknowledgement.
 */
package org.aftercare.integrations.hl7;
