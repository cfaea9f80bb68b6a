package org.aftercare.sharing;

import java.util.UUID;

/**
 * A client as an API client may see them: their id, the care-team recipient the API client reads
 * for (and their name), the record number that recipient files them under, and the consent in force
 * that allows it.
 */
public record PulledClient(
    UUID clientId,
    UUID recipientId,
    String recipientName,
    String patientSystem,
    String patientMrn,
    Consent consent) {

  public SharedData sharedData() {
    return consent.getSharedData();
  }
}
