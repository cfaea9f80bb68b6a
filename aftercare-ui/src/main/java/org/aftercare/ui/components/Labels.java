package org.aftercare.ui.components;

import java.util.Locale;

/**
 * How a value reads on screen when the domain gives it no words of its own (its enum has no {@code
 * label()}): the constant's name as words, and a language code as the language's English name.
 */
public final class Labels {

  private Labels() {}

  /** CLIENT_CREATED reads "Client created", as a label or a column's value. */
  public static String of(Enum<?> value) {
    String words = inSentence(value);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** PEER_MENTOR reads "peer mentor", for the middle of a sentence. */
  public static String inSentence(Enum<?> value) {
    return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** "es" reads "Spanish": staff choose and read the language, not its ISO code. */
  public static String language(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }
}
