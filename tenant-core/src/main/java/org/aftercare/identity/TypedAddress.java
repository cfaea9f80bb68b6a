package org.aftercare.identity;

/**
 * What a failed sign-in records of the address that was typed: at most its first 320 characters,
 * the longest an e-mail address can be. Longer input must neither fail the audit entry (its actor
 * column holds 320) nor let a flood of sign-in attempts fill the trail.
 */
final class TypedAddress {

  static final int MAX_LENGTH = 320;

  private TypedAddress() {}

  static String of(String typed) {
    if (typed == null) {
      return "";
    }
    return typed.length() <= MAX_LENGTH ? typed : typed.substring(0, MAX_LENGTH);
  }
}
