package org.aftercare.sharing;

/**
 * A clinic's key pair for one SMART connection: the private key as a JWK (stored encrypted) and the
 * public JWK Set the EHR registers.
 */
public record ClientKey(String keyId, String privateJwk, String publicJwks) {}
