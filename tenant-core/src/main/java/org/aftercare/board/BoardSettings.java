package org.aftercare.board;

import org.aftercare.shared.InvalidInputException;

/**
 * A clinic's rules for its group boards: the code of conduct members accept before posting (its
 * version counts up whenever the text changes, so members accept the new text again), whether posts
 * may carry links, and how many days posts are kept.
 */
public record BoardSettings(
    String codeOfConduct, int conductVersion, boolean linksAllowed, int retentionDays) {

  public static final int CONDUCT_MAX = 4000;
  public static final int MIN_RETENTION_DAYS = 7;
  public static final int MAX_RETENTION_DAYS = 3650;
  public static final int DEFAULT_RETENTION_DAYS = 180;

  /** What a clinic has until an admin writes its own. */
  public static final String DEFAULT_CODE_OF_CONDUCT =
      """
      This board is for the members and facilitators of this group, between meetings.
      1. What is shared here stays here. Do not copy, screenshot or repeat others' posts.
      2. Use first names or your display name only. Do not share anyone's full name, address or \
      phone number, your own included.
      3. Be kind. No insults, threats, pressure or judgement — including about medication: \
      people on buprenorphine, methadone or naltrexone are fully welcome.
      4. No selling, no offers of substances, no links to other sites.
      5. Share your own experience; this is not medical advice. Ask your clinician about treatment.
      6. If you are in crisis, do not wait for a reply here: use "I need support now" or call or \
      text 988.
      Facilitators may hide posts and pause or remove members who break these rules.""";

  public static final BoardSettings DEFAULT =
      new BoardSettings(DEFAULT_CODE_OF_CONDUCT, 1, false, DEFAULT_RETENTION_DAYS);

  public BoardSettings {
    codeOfConduct = codeOfConduct == null ? "" : codeOfConduct.strip();
  }

  void validate() {
    if (codeOfConduct.isEmpty()) {
      throw InvalidInputException.worded(
          "codeOfConduct",
          "Write the code of conduct members accept before posting.",
          "refusal.board.settings.conductMissing");
    }
    if (codeOfConduct.length() > CONDUCT_MAX) {
      throw InvalidInputException.worded(
          "codeOfConduct",
          "Keep the code of conduct to " + CONDUCT_MAX + " characters.",
          "refusal.board.settings.conductTooLong",
          CONDUCT_MAX);
    }
    if (retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS) {
      throw InvalidInputException.worded(
          "retentionDays",
          "Keep posts between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS + " days.",
          "refusal.board.settings.retention",
          MIN_RETENTION_DAYS,
          MAX_RETENTION_DAYS);
    }
  }
}
