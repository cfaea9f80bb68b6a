package org.aftercare.attendance;

/** What became of a signed join or leave the video service sent. */
public enum ReportOutcome {
  RECORDED,
  /** The event's id was received before: a replay, or the provider's retry of a delivered event. */
  REPLAYED,
  /** No enrolment of this clinic carries the key: another clinic's meeting, or a guest. */
  UNKNOWN_PARTICIPANT,
  /** The participant's group has no session around that moment. */
  NO_SESSION
}
