package org.aftercare.clients;

/**
 * One page of the client list: a free-text filter over display name, legal name and e-mail, a sort
 * and a window.
 */
public record ClientSearch(String text, SortBy sortBy, boolean ascending, int offset, int limit) {

  public enum SortBy {
    DISPLAY_NAME("displayName"),
    LEGAL_NAME("legalName"),
    RECOVERY_START_DATE("recoveryStartDate"),
    CREATED_AT("createdAt");

    final String attribute;

    SortBy(String attribute) {
      this.attribute = attribute;
    }
  }

  public static final int MAX_PAGE = 200;

  public ClientSearch {
    text = text == null ? "" : text.trim();
    sortBy = sortBy == null ? SortBy.DISPLAY_NAME : sortBy;
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("A page is 1 to " + MAX_PAGE + " rows from offset >= 0");
    }
  }

  public static ClientSearch firstPage(String text) {
    return new ClientSearch(text, SortBy.DISPLAY_NAME, true, 0, 50);
  }
}
