package org.aftercare.sharing;

/** Where a queued message stands. */
public enum DeliveryStatus {
  QUEUED("Queued"),
  DELIVERED("Delivered"),
  DEAD("Dead letter"),
  CANCELLED("Cancelled");

  private final String label;

  DeliveryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
