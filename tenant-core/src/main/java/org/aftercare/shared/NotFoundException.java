package org.aftercare.shared;

/**
 * The thing asked for does not exist for the caller. Used alike for "never existed" and "belongs to
 * another clinic", so that a probe cannot tell the two apart.
 */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}
