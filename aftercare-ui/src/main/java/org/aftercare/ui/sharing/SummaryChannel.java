package org.aftercare.ui.sharing;

import java.util.UUID;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.ui.components.PortalTranslations;

/**
 * How a care-team member gets the client's summaries, as the clinician chooses it: sent on one of
 * the clinic's connections, or fetched by their EHR through the FHIR API as one of the clinic's API
 * clients. Exactly one of the two ids is set.
 */
record SummaryChannel(UUID endpointId, UUID apiClientId, String label) {

  static SummaryChannel sentOn(CareTeamEndpoint endpoint) {
    return new SummaryChannel(endpoint.getId(), null, endpoint.getName());
  }

  static SummaryChannel fetchedBy(ApiClient client) {
    return new SummaryChannel(
        null, client.getId(), PortalTranslations.text("sharing.channel.fetches", client.getName()));
  }

  /** Whether the member's EHR fetches, so that the portal sends nothing and keeps no schedule. */
  boolean pulls() {
    return apiClientId != null;
  }

  boolean reaches(RecipientDetails recipient) {
    return pulls()
        ? apiClientId.equals(recipient.apiClientId())
        : endpointId.equals(recipient.endpointId());
  }
}
