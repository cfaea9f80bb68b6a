package org.aftercare.checkins;

/**
 * Whom a client in a hard moment can reach at the clinic: what the clinic wrote for that moment, in
 * its own words, or else the clinic's phone number, which the client's screen introduces in the
 * client's language. Either may be null.
 */
public record CrisisContacts(String written, String clinicPhone) {

  public boolean isEmpty() {
    return written == null && clinicPhone == null;
  }
}
