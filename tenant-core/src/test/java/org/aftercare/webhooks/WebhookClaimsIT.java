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
    clinics.asClinicA(
        () ->
            webhooks.subscribe(
                "https://hooks.example.org/aftercare", Set.of(WebhookEvent.ROSTER_SAVED), null));
    for (int i = 0; i < 14; i++) {
      clinics.asClinicA(
          () -> {
            webhooks.publish(WebhookEvent.ROSTER_SAVED, Map.of("sessionId", UUID.randomUUID()));
            return null;
          });
    }

    for (int round = 1; round <= 7; round++) {
      var claimed = clinics.asClinicA(() -> claims.claim(Instant.now(), 2));

      assertThat(claimed).hasSize(2);
      assertThat(
              rowsOfClinicA()
                  .count("select count(*) from webhook_delivery where lease_token is not null"))
          .isEqualTo(2L * round);
    }
  }
}
