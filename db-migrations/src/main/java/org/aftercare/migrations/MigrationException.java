package org.aftercare.migrations;

/** The schema could not be brought up to date, or its state could not be read. */
public class MigrationException extends RuntimeException {
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
