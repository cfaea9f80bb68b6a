package org.aftercare.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * New row ids: UUID version 7 (RFC 9562), time-ordered so that inserts stay at the end of the
 * primary key index instead of scattering across it as random UUIDs do.
 */
public final class Identifiers {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Clock CLOCK = Clock.systemUTC();

  private Identifiers() {}

  public static UUID newId() {
    long millis = CLOCK.millis();
    long randA = RANDOM.nextInt(1 << 12);
    long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
    long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(mostSignificant, leastSignificant);
  }
}
