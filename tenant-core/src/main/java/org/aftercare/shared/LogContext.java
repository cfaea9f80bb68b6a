package org.aftercare.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The request and the clinic the current thread works for, as log lines carry them: an opaque
 * request id (the one the audit trail records) and the clinic's id — never a name, an address or
 * anything else a person could be recognised by.
 *
 * <p>A thread-bound value rather than a CDI bean because a log handler reads it on whatever thread
 * logs, inside or outside a request. The request's entry point {@linkplain #startRequest starts}
 * and {@linkplain #end ends} it; entering a clinic sets the clinic.
 */
public final class LogContext {

  private static final ThreadLocal<LogContext> CURRENT = new ThreadLocal<>();

  private final String requestId;
  private final UUID clinicId;

  private LogContext(String requestId, UUID clinicId) {
    this.requestId = requestId;
    this.clinicId = clinicId;
  }

  public static void startRequest(String requestId) {
    CURRENT.set(new LogContext(requestId, null));
  }

  /** Sets the clinic (none for {@code null}) and returns the one before, to restore afterwards. */
  public static UUID enterClinic(UUID clinicId) {
    LogContext now = CURRENT.get();
    String requestId = now == null ? null : now.requestId;
    if (requestId == null && clinicId == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(new LogContext(requestId, clinicId));
    }
    return now == null ? null : now.clinicId;
  }

  public static void end() {
    CURRENT.remove();
  }

  /** The fields a log line adds, empty outside any request or clinic. */
  public static Map<String, String> fields() {
    LogContext now = CURRENT.get();
    var fields = new LinkedHashMap<String, String>();
    if (now != null) {
      if (now.requestId != null) {
        fields.put("requestId", now.requestId);
      }
      if (now.clinicId != null) {
        fields.put("clinicId", now.clinicId.toString());
      }
    }
    return fields;
  }
}
