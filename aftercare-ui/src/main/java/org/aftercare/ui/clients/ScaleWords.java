package org.aftercare.ui.clients;

import org.aftercare.measures.Instrument;
import org.aftercare.measures.Scale;
import org.aftercare.ui.components.PortalTranslations;

/**
 * A measure's scales and score bands as a clinician reads them. The core names them in the authors'
 * English, which results keep and summaries and FHIR send as they are; the portal shows them in the
 * reader's language from the bundles ({@code measures.scale.<key>}, {@code
 * measures.band.<INSTRUMENT>.<scale>.<from>}), as the core wrote them where the bundles name none.
 */
final class ScaleWords {

  private ScaleWords() {}

  /** "Use", "Risk factors"; "Total" for the sum of every item. */
  static String name(Scale scale) {
    return PortalTranslations.inOr("measures.scale." + scale.key(), scale.name());
  }

  /**
   * A band as a result recorded it ("Moderate", "Any use"): the words of the scale's band of that
   * name, so an old result keeps the band it was given.
   */
  static String band(Instrument instrument, Scale scale, String recorded) {
    return scale.bands().stream()
        .filter(band -> band.label().equals(recorded))
        .findFirst()
        .map(band -> PortalTranslations.inOr(bandKey(instrument, scale, band.from()), recorded))
        .orElse(recorded);
  }

  /** "BAM use score": one of several scores of an instrument. */
  static String scoreName(Instrument instrument, Scale scale) {
    var reader = PortalTranslations.current();
    return PortalTranslations.in(
        reader, "clients.measures.scoreName", instrument.label(), name(scale).toLowerCase(reader));
  }

  static String bandKey(Instrument instrument, Scale scale, int from) {
    return "measures.band." + instrument.name() + "." + scale.key() + "." + from;
  }
}
