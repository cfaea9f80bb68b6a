package org.aftercare.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.aftercare.shared.LogContext;

/**
 * Who is acting and from where, for the audit trail; set at the request's entry point, empty for
 * work with no request (startup, background jobs), which is recorded as the system acting.
 */
@RequestScoped
public class RequestOrigin {

  private String actor;
  private String sourceAddress;
  private String requestId;

  /** Also gives the thread's log lines the request id; {@link #end} takes it off again. */
  public void set(String actor, String sourceAddress, String requestId) {
    this.actor = actor;
    this.sourceAddress = sourceAddress;
    this.requestId = requestId;
    LogContext.startRequest(requestId);
  }

  /** The request is answered: its pooled thread carries nothing of it into the next one. */
  public void end() {
    LogContext.end();
  }

  public Optional<String> actor() {
    return Optional.ofNullable(actor);
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
