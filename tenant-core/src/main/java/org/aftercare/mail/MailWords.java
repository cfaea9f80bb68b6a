package org.aftercare.mail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a client's mail in their preferred language: a bundle beside the class that sends it
 * ({@code GroupNotices.properties}, {@code GroupNotices_es.properties}), English where the language
 * has none — never the server's own language. Core text that screens show as well as mails (a
 * {@code ScheduleSummary}) is worded the same way.
 */
public final class MailWords {

  private final ResourceBundle words;
  private final Locale locale;

  private MailWords(ResourceBundle words, Locale locale) {
    this.words = words;
    this.locale = locale;
  }

  /** The words of {@code sender}'s mails in {@code language} (a BCP 47 tag such as "es"). */
  public static MailWords of(Class<?> sender, String language) {
    return of(sender, Locale.forLanguageTag(language == null ? "en" : language));
  }

  /** The words of {@code sender} for a reader of {@code wanted}, such as a page's locale. */
  public static MailWords of(Class<?> sender, Locale wanted) {
    ResourceBundle words =
        ResourceBundle.getBundle(
            sender.getName(),
            wanted,
            sender.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Locale written = words.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : wanted;
    return new MailWords(words, written);
  }

  /** The text of {@code key} with its {@code {0}}-style arguments filled in. */
  public String text(String key, Object... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }

  /** The language the words are written in: the reader's, or English where there are none. */
  public Locale locale() {
    return locale;
  }

  /** A date and time pattern of the bundle ({@code when=EEEE d MMMM…}) in the mail's language. */
  public DateTimeFormatter dates(String key) {
    return DateTimeFormatter.ofPattern(words.getString(key), locale);
  }
}
