package org.aftercare.board;

/** What the facilitators did about a reported post, as the reporter is told it. */
public enum ReportOutcome {
  HIDDEN("A facilitator hid the post."),
  REMOVED("A facilitator removed the post."),
  KEPT("A facilitator read the post and left it up.");

  private final String toldToReporter;

  ReportOutcome(String toldToReporter) {
    this.toldToReporter = toldToReporter;
  }

  public String toldToReporter() {
    return toldToReporter;
  }
}
