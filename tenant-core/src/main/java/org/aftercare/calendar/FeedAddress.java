package org.aftercare.calendar;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of a calendar feed under {@code /calendar}: {@code /<clinic>/<token>.ics}, the clinic by
 * its id (or, in older URLs, its short name) and the person by the secret token. Read from whatever
 * a calendar app or a stranger sends, so anything else is simply no address.
 */
public record FeedAddress(String clinic, String token) {

  private static final Pattern PATH =
      Pattern.compile("/([a-z0-9-]{1,63})/([A-Za-z0-9_-]{20,100})\\.ics");

  /** The address in {@code path} (the servlet's path info), or empty when it is not one. */
  public static Optional<FeedAddress> parse(String path) {
    var matcher = PATH.matcher(path == null ? "" : path);
    return matcher.matches()
        ? Optional.of(new FeedAddress(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** The path as {@link #parse} reads it. */
  public String path() {
    return "/" + clinic + "/" + token + ".ics";
  }
}
