package org.aftercare.ui.components;

import static java.util.stream.Collectors.joining;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.aftercare.shared.NotFoundException;
import org.aftercare.shared.Phrase;
import org.aftercare.shared.Worded;

/**
 * The portal's words in English and Spanish, from {@code i18n/portal_en.properties} and {@code
 * i18n/portal_es.properties} (UTF-8). Vaadin CDI uses this bean for every component's {@code
 * getTranslation} because it is qualified {@link VaadinServiceEnabled}. Every value goes through
 * {@link MessageFormat}, with or without arguments, so a bundle writes an apostrophe as {@code ''}
 * everywhere and numbers and dates in {@code {0}} read as the reader's locale has them.
 */
@VaadinServiceEnabled
@ApplicationScoped
public class PortalTranslations implements I18NProvider {

  public static final String BUNDLE = "i18n/portal";
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** US Spanish: its numbers read 1,000.5 as in the rest of the client's American life. */
  public static final Locale SPANISH = Locale.forLanguageTag("es-US");

  private static final Logger LOG = Logger.getLogger(PortalTranslations.class.getName());

  /** English first: the language of a browser that asks for neither. */
  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(ENGLISH, SPANISH);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return in(locale, key, params);
  }

  /** The words for {@code key} in the reader's language, also where no UI is at hand. */
  public static String in(Locale locale, String key, Object... params) {
    ResourceBundle bundle = bundleFor(locale);
    try {
      return new MessageFormat(bundle.getString(key), forLanguage(bundle.getLocale().getLanguage()))
          .format(worded(locale, params));
    } catch (MissingResourceException missing) {
      // A missing key shows itself on the page rather than breaking it; the bundle test keeps
      // both languages complete, this catches a key only typed in the code.
      LOG.warning(() -> "No translation for " + key + " in " + bundle.getLocale());
      return "!" + key;
    }
  }

  /**
   * The arguments as the reader reads them: a core's {@link Phrase} in their words, a list of them
   * joined by semicolons, a session's start ({@link ZonedDateTime}, in its clinic's zone) as "Tue 3
   * Dec 18:00" or "mar 3 de dic, 18:00".
   */
  private static Object[] worded(Locale locale, Object... params) {
    Object[] worded = params.clone();
    for (int i = 0; i < worded.length; i++) {
      worded[i] = worded(locale, worded[i]);
    }
    return worded;
  }

  private static Object worded(Locale locale, Object param) {
    return switch (param) {
      case Phrase phrase -> in(locale, phrase.key(), phrase.arguments().toArray());
      case List<?> list ->
          list.stream().map(item -> String.valueOf(worded(locale, item))).collect(joining("; "));
      case ZonedDateTime start ->
          SessionTimes.dates(locale, "EEE d MMM HH:mm", "EEE d 'de' MMM, HH:mm").format(start);
      case null, default -> param;
    };
  }

  /** The locale the portal writes a language in: {@link #SPANISH} for "es", else English. */
  public static Locale forLanguage(String languageTag) {
    return Locale.forLanguageTag(languageTag).getLanguage().equals(SPANISH.getLanguage())
        ? SPANISH
        : ENGLISH;
  }

  /** Spanish for any Spanish (es-US, es-MX …), English for everything else. */
  public static ResourceBundle bundleFor(Locale locale) {
    Locale language =
        locale != null && SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : ENGLISH;
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Whether the bundles name {@code key}, for words that have a translation only on some pages. */
  public static boolean has(String key) {
    return bundleFor(ENGLISH).containsKey(key);
  }

  /**
   * The words for {@code key} in the reader's language where the bundles name it, else {@code
   * fallback}: the words the core or a route gives itself, for things only some have translated.
   */
  public static String inOr(String key, String fallback) {
    return has(key) ? in(current(), key) : fallback;
  }

  /**
   * A service's refusal (invalid input, a conflict, a record not found) in the reader's language
   * when it carries a key the bundles name, else as the core said it; a record not found whose
   * thing the bundles do not name reads as any record not found.
   */
  public static String refusal(Worded refused) {
    Optional<String> key = refused.messageKey().filter(PortalTranslations::has);
    if (key.isPresent()) {
      return in(current(), key.get(), refused.arguments().toArray());
    }
    return refused instanceof NotFoundException
        ? in(current(), "errors.handler.notFound")
        : refused.getMessage();
  }

  /** The current page's language, English outside a page (a unit test, a background job). */
  public static Locale current() {
    UI ui = UI.getCurrent();
    return ui == null ? ENGLISH : ui.getLocale();
  }

  /** Shorthand for the current UI's language, for code outside a component. */
  public static String text(String key, Object... params) {
    return I18NProvider.translate(key, params);
  }
}
