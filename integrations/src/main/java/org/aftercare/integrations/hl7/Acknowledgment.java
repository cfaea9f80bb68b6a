package org.aftercare.integrations.hl7;

/**
 * What a receiver's ACK said about one message.
 *
 * @param code MSA-1: AA, AE or AR (original mode), CA, CE or CR (enhanced mode)
 * @param controlId MSA-2: the MSH-10 of the message it acknowledges
 * @param text MSA-3, else from the first ERR: the user message (ERR-8), the diagnostics (ERR-7),
 *     the error's original text (ERR-3.9, where HAPI puts an exception's message) or the error
 *     code's text (ERR-3.2); may be null
 */
public record Acknowledgment(String code, String controlId, String text) {}
