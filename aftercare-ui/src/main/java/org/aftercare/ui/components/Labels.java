package org.aftercare.ui.components;

import java.util.Locale;

/**
 * How a value reads on screen when the domain gives it no words of its own (its enum has no {@code
 * label()}): the constant's name as words, and a language code as the language's English name.
 */
public final class Labels {

  private Labels() {}

  /**
   * CLIENT_CREATED reads "Client created", as a label or a column's value; in the reader's language
   * where the bundles name it ({@code enum.AuditAction.CLIENT_CREATED}).
   */
  public static String of(Enum<?> value) {
    String words = words(value);
    return of(value, Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }

  /**
   * A constant's words in the reader's language from the bundles ({@code enum.<Type>.<NAME>}), else
   * {@code english}, its own {@code label()} where the domain gives it one. Outside a page (a unit
   * test, a background job) English.
   */
  public static String of(Enum<?> value, String english) {
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    return PortalTranslations.inOr(key, english);
  }

  /**
   * PEER_MENTOR reads "peer mentor", for the middle of a sentence: the label with a small first
   * letter.
   */
  public static String inSentence(Enum<?> value) {
    String label = of(value, words(value));
    return label.substring(0, 1).toLowerCase(PortalTranslations.current()) + label.substring(1);
  }

  private static String words(Enum<?> value) {
    return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /**
   * "es" reads "Spanish" (or "español" to a Spanish reader): staff choose and read the language,
   * not its ISO code.
   */
  public static String language(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(PortalTranslations.current());
  }
}
