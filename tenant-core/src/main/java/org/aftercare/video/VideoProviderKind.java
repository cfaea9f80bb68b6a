package org.aftercare.video;

/**
 * How a provider signs and shapes its events, and so which receiver takes them: Zoom's own
 * webhooks, or the Standard Webhooks format that Daily, Whereby or a Jitsi event plugin can send.
 */
public enum VideoProviderKind {
  ZOOM("zoom", "customer_key"),
  STANDARD_WEBHOOKS("standard", "aftercare");

  private final String path;
  private final String linkParameter;

  VideoProviderKind(String path, String linkParameter) {
    this.path = path;
    this.linkParameter = linkParameter;
  }

  /** The last segment of the receiving address. */
  public String path() {
    return path;
  }

  /**
   * The query parameter that carries a client's participant key in their Join link: Zoom reports a
   * customer key back with the participant; the generic format names ours.
   */
  public String linkParameter() {
    return linkParameter;
  }

  public String label() {
    return switch (this) {
      case ZOOM -> "Zoom";
      case STANDARD_WEBHOOKS -> "Standard Webhooks (Daily, Whereby, Jitsi plugin …)";
    };
  }
}
