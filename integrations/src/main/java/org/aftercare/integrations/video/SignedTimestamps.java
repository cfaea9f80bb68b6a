package org.aftercare.integrations.video;

import java.time.Duration;
import java.time.Instant;
import org.aftercare.attendance.VideoReports;

/**
 * The signed Unix-seconds timestamp both formats carry. One too far from our clock is refused even
 * when correctly signed: a captured delivery replayed later than the seen-id memory lasts fails
 * here.
 */
final class SignedTimestamps {

  private SignedTimestamps() {}

  static long check(String header, Instant now) throws RefusedEvent {
    long seconds;
    try {
      seconds = Long.parseLong(header == null ? "" : header.trim());
    } catch (NumberFormatException e) {
      throw RefusedEvent.unsigned("Send the request timestamp in Unix seconds.");
    }
    Duration offset = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
    if (offset.compareTo(VideoReports.TIMESTAMP_TOLERANCE) > 0) {
      throw RefusedEvent.unsigned("The timestamp is more than 5 minutes from ours.");
    }
    return seconds;
  }
}
