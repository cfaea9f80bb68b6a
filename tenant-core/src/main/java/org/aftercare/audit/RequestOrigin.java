package org.aftercare.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Where the current request came from, for the audit trail; empty for work with no request. */
@RequestScoped
public class RequestOrigin {

  private String sourceAddress;
  private String requestId;

  public void set(String sourceAddress, String requestId) {
    this.sourceAddress = sourceAddress;
    this.requestId = requestId;
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
