package org.aftercare.ui.clients;

import org.aftercare.measures.Instrument;
import org.aftercare.measures.Scale;
import org.aftercare.ui.components.PortalTranslations;

/**
 * A measure's scales and score bands as a clinician reads them. The core names them in the authors'
 * English, which summaries and FHIR send as they are; the portal shows them in the reader's
 * language from the bundles ({@code measures.scale.<key>}, {@code
 * measures.band.<INSTRUMENT>.<scale>.<from>}), in the core's English where the bundles name none.
 */
final class ScaleWords {

  private ScaleWords() {}

  /** "Use", "Risk factors"; "Total" for the sum of every item. */
  static String name(Scale scale) {
    return words("measures.scale." + scale.key(), scale.name());
  }

  /** What the instrument's authors call {@code points} on this scale: "Moderate", "Any use". */
  static String band(Instrument instrument, Scale scale, int points) {
    var band = scale.band(points);
    return words(bandKey(instrument, scale, band.from()), band.label());
  }

  /** "PHQ-9 total score", "BAM use score". */
  static String scoreName(Instrument instrument, Scale scale) {
    var reader = PortalTranslations.current();
    return PortalTranslations.in(
        reader, "clients.measures.scoreName", instrument.label(), name(scale).toLowerCase(reader));
  }

  static String bandKey(Instrument instrument, Scale scale, int from) {
    return "measures.band." + instrument.name() + "." + scale.key() + "." + from;
  }

  private static String words(String key, String english) {
    return PortalTranslations.has(key)
        ? PortalTranslations.in(PortalTranslations.current(), key)
        : english;
  }
}
