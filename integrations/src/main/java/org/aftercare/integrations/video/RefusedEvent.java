package org.aftercare.integrations.video;

/** A delivery the receiver refuses, with the HTTP status and a short reason for the sender. */
class RefusedEvent extends Exception {

  private final int status;
  private final String error;

  RefusedEvent(int status, String error, String message) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  static RefusedEvent unsigned(String message) {
    return new RefusedEvent(401, "invalid_signature", message);
  }

  static RefusedEvent malformed(String message) {
    return new RefusedEvent(400, "invalid_event", message);
  }
}
