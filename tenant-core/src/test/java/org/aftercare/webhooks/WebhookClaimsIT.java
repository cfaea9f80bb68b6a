package org.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aftercare.testing.DeployedDomain;
import org.junit.jupiter.api.Test;

/** Claims of queued webhook deliveries in the real database. */
class WebhookClaimsIT extends DeployedDomain {

  @Inject Webhooks webhooks;
  @Inject WebhookClaims claims;

  /**
   * A claim of two leases two, round after round, as the relay's claim of summaries must (bench/
   * faults found one claim of two leasing a whole backlog there, sent in one batch that outlived
   * its lease and went out twice).
   */
  @Test
  void aClaimLeasesNoMoreDeliveriesThanItAskedFor() {
    subscribe("https://hooks.example.org/aftercare");
    publish(14);

    for (int round = 1; round <= 7; round++) {
      var claimed = clinics.asClinicA(() -> claims.claim(Instant.now(), 2));

      assertThat(claimed).hasSize(2);
      assertThat(
              rowsOfClinicA()
                  .count("select count(*) from webhook_delivery where lease_token is not null"))
          .isEqualTo(2L * round);
    }
  }

  /**
   * A delivery queued as its endpoint was retired (the retirement cancels those queued before it)
   * is never sent; it must not take a place in the claims of the endpoints still active.
   */
  @Test
  void deliveriesOfARetiredEndpointTakeNoPlaceInAClaim() {
    UUID retired = subscribe("https://old.example.org/aftercare");
    publish(3);
    rowsOfClinicA().update("update webhook_subscription set active = false where id = ?", retired);
    subscribe("https://new.example.org/aftercare");
    publish(2);

    var claimed = clinics.asClinicA(() -> claims.claim(Instant.now(), 2));

    assertThat(claimed).hasSize(2);
    assertThat(claimed)
        .extracting(WebhookClaims.Claimed::url)
        .containsOnly("https://new.example.org/aftercare");
  }

  private UUID subscribe(String url) {
    return clinics
        .asClinicA(() -> webhooks.subscribe(url, Set.of(WebhookEvent.ROSTER_SAVED), null))
        .subscription()
        .getId();
  }

  private void publish(int deliveries) {
    for (int i = 0; i < deliveries; i++) {
      clinics.asClinicA(
          () -> {
            webhooks.publish(WebhookEvent.ROSTER_SAVED, Map.of("sessionId", UUID.randomUUID()));
            return null;
          });
    }
  }
}
