package org.aftercare.integrations.hl7;

/**
 * What a receiver's ACK said about one message.
 *
 * @param code MSA-1: AA, AE or AR (original mode), CA, CE or CR (enhanced mode)
 * @param controlId MSA-2: the MSH-10 of the message it acknowledges
 * @param text MSA-3, else the first ERR's user message, diagnostics or error text; may be null
 */
public record Acknowledgment(String code, String controlId, String text) {}
