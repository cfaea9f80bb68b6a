package org.aftercare.integrations.delivery;

/**
 * The detail of a delivery outcome as the deliveries view shows it: one line, at most {@value
 * #MAX_LENGTH} characters, whatever the receiver sent back.
 */
public final class OutcomeDetail {

  public static final int MAX_LENGTH = 200;

  private OutcomeDetail() {}

  /**
   * A receiver's own words with every token that holds a digit left out: error texts echo record
   * numbers, dates and ids of the client, and the clinic admin who reads the deliveries opens no
   * client record.
   */
  public static String withoutIdentifiers(String text) {
    return text.replaceAll("[^\\s,;:()]*\\d[^\\s,;:()]*", "…");
  }

  public static String of(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
  }
}
