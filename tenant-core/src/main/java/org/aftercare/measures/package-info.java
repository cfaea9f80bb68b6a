/**
 * Standard measures (PHQ-9, GAD-7, PHQ-2, AUDIT-C, BAM, BARC-10): the questionnaires with their
 * scoring, a clinician's assignment of one to a client (once or on a schedule), and the client's
 * answers with score and band.
 */
package org.aftercare.measures;
