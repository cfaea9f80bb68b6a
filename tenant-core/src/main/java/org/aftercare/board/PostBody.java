package org.aftercare.board;

import java.util.regex.Pattern;
import org.aftercare.shared.InvalidInputException;

/**
 * The text of a post: plain text, never markup (the portal shows it as text), within the length
 * limit, and without web addresses unless the clinic allows links — a link is the usual way spam,
 * dealers and misinformation reach a peer space.
 */
public record PostBody(String text) {

  public static final int MAX_LENGTH = 2000;
  static final String FIELD = "body";

  /** http(s) and www. addresses, and bare domains with a common ending ("example.com/x"). */
  private static final Pattern WEB_ADDRESS =
      Pattern.compile(
          "(?i)\\b(?:(?:https?|ftp)://|www\\.)\\S+"
              + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|ly|me|co|app|info|biz|gg"
              + "|tv|xyz|us|uk|de|ru|link|site|online|shop)\\b");

  /** The text as written (ends trimmed), or a refusal that names the field. */
  static PostBody of(String text, boolean linksAllowed) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw InvalidInputException.worded(
          FIELD, "Write something before posting.", "refusal.board.post.empty");
    }
    if (trimmed.length() > MAX_LENGTH) {
      throw InvalidInputException.worded(
          FIELD,
          "Keep a post to " + MAX_LENGTH + " characters; this one has " + trimmed.length() + ".",
          "refusal.board.post.tooLong",
          MAX_LENGTH,
          trimmed.length());
    }
    if (!linksAllowed && hasWebAddress(trimmed)) {
      throw InvalidInputException.worded(
          FIELD,
          "Links are not allowed on this board. Remove the web address and post again.",
          "refusal.board.post.link");
    }
    return new PostBody(trimmed);
  }

  static boolean hasWebAddress(String text) {
    return WEB_ADDRESS.matcher(text).find();
  }
}
