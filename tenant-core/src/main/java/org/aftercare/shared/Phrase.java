package org.aftercare.shared;

import java.util.List;

/**
 * Words by key with their arguments, passed as one argument of a worded refusal where a part of it
 * is itself a sentence (one of the sessions a facilitator already leads). A screen words it in its
 * reader's language as it does the refusal; an argument may be a {@code ZonedDateTime}, which the
 * screen writes as its reader's locale has it, or a list of phrases.
 */
public record Phrase(String key, List<Object> arguments) {

  public Phrase(String key, Object... arguments) {
    this(key, List.of(arguments));
  }
}
