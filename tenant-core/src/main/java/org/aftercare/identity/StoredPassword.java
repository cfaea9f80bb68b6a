package org.aftercare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * What a person signs in with, as stored: the password's hash and the record of failed attempts.
 * Clinic accounts and platform operators hold one each, in the same columns of their own tables,
 * and {@link PasswordCheck} works on it alone.
 */
@Embeddable
public class StoredPassword {

  @Column(name = "password_hash", nullable = false)
  private String hash;

  @Embedded private SignInThrottle throttle = new SignInThrottle();

  protected StoredPassword() {}

  StoredPassword(String hash) {
    this.hash = hash;
  }

  String hash() {
    return hash;
  }

  SignInThrottle throttle() {
    return throttle;
  }

  /** Whether this is still the hash an attempt checked, so its verdict may be counted. */
  boolean isStill(String checkedHash) {
    return hash.equals(checkedHash);
  }

  void replace(String newHash) {
    this.hash = newHash;
  }
}
