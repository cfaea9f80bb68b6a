package org.aftercare.ui.components;

import java.util.Collection;
import java.util.stream.Collectors;
import org.aftercare.engagement.Flag;

/**
 * A flag in the reader's language with the figure behind it ("Missed the last 3 sessions"), from
 * the bundles' {@code flag.<REASON>}; the core's {@code Flag.description()} is the English one.
 */
public final class FlagText {

  private FlagText() {}

  public static String of(Flag flag) {
    return PortalTranslations.in(
        PortalTranslations.current(), "flag." + flag.reason().name(), flag.figure());
  }

  /** Several flags on one line, as the dashboards and the client's record show them. */
  public static String of(Collection<Flag> flags) {
    return flags.stream().map(FlagText::of).collect(Collectors.joining(" · "));
  }
}
