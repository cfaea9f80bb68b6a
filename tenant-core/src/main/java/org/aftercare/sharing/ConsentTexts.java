package org.aftercare.sharing;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words a consent is signed in and the notice every disclosure carries: the clinic's own
 * consent text or the default, with the consent's choices filled in.
 */
final class ConsentTexts {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("org.aftercare.sharing.Sharing", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US);

  static final int MAX_TEXT = 6000;

  private ConsentTexts() {}

  static String defaultTemplate() {
    return TEXTS.getString("consent.default");
  }

  static String redisclosureNotice() {
    return TEXTS.getString("notice.redisclosure");
  }

  /** The text as the client reads and signs it. */
  static String render(
      String template, String client, String program, String recipient, ConsentRequest request) {
    // While the client is still choosing, the preview names the purpose they have not typed yet;
    // signing refuses a consent without it.
    String purpose =
        request.purpose() == ConsentPurpose.TREATMENT
            ? "treatment, payment and health care operations"
            : Objects.requireNonNullElse(request.purposeDetail(), "[the purpose you name]");
    String expires =
        request.expiresOn() == null ? "when I revoke it" : "on " + DAY.format(request.expiresOn());
    return template
        .replace("{client}", client)
        .replace("{program}", program)
        .replace("{recipient}", recipient)
        .replace("{data}", request.sharedData().label().toLowerCase(Locale.ROOT))
        .replace("{purpose}", purpose)
        .replace("{starts}", DAY.format(request.startsOn()))
        .replace("{expires}", expires);
  }
}
