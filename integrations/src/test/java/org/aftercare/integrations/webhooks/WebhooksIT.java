package org.aftercare.integrations.webhooks;

import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.clinics.ClinicRecords;
import org.aftercare.engagement.FlagWebhooks;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupService;
import org.aftercare.identity.Account;
import org.aftercare.integrations.sharing.SharingDeployment;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.testing.ClinicFixtures;
import org.aftercare.testing.TwoClinics;
import org.aftercare.webhooks.WebhookDelivery;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.WebhookRelay;
import org.aftercare.webhooks.Webhooks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clinics' systems receive their own events over loopback, signed as Standard Webhooks: an
 * enrolment reaches clinic A's endpoint (after its first answer failed, with the same id again) and
 * never clinic B's; the payload names ids, not people; a removed endpoint gets nothing more, and
 * one that says it is gone is given up.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

  @Deployment
  static WebArchive deployment() {
    return SharingDeployment.withCareTeamPeers();
  }

  @Inject Webhooks webhooks;
  @Inject WebhookRelay relay;
  @Inject GroupService groups;
  @Inject Enrollments enrollments;
  @Inject SupportAlerts alerts;
  @Inject ClinicFixtures fixtures;
  @Inject CheckIns checkIns;
  @Inject FlagWebhooks flagWebhooks;
  @Inject ClinicRecords clinicRecords;
  @Inject TenantContext tenantContext;

  private TwoClinics clinics;
  private Receiver receiverOfA;
  private Receiver receiverOfB;
  private Account adminA;
  private Account adminB;
  private String secretOfA;
  private UUID endpointOfA;

  /** A loopback endpoint that records what it receives and answers the statuses it is given. */
  static final class Receiver implements AutoCloseable {
    record Received(Map<String, String> headers, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final HttpServer server;

    Receiver(Integer... answers) throws IOException {
      this.answers.addAll(List.of(answers));
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/hooks",
          exchange -> {
            var headers = new HashMap<String, String>();
            exchange
                .getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            received.add(
                new Received(
                    headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int n = calls.getAndIncrement();
            int status = n < this.answers.size() ? this.answers.get(n) : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @BeforeEach
  void twoClinicsEachWithAnEndpoint() throws IOException {
    receiverOfA = new Receiver(500);
    receiverOfB = new Receiver();
    clinics = TwoClinics.register(clinicRecords, tenantContext);
    clinics.asClinicA(
        () -> {
          adminA = fixtures.admin("Ada Admin");
          var subscription =
              fixtures.as(
                  adminA.getId(),
                  () ->
                      webhooks.subscribe(
                          receiverOfA.url(),
                          Set.of(WebhookEvent.CLIENT_ENROLLED, WebhookEvent.SUPPORT_REQUESTED),
                          "Scheduling"));
          secretOfA = subscription.secret();
          endpointOfA = subscription.subscription().getId();
          return null;
        });
    clinics.asClinicB(
        () -> {
          adminB = fixtures.admin("Bea Admin");
          fixtures.as(
              adminB.getId(),
              () ->
                  webhooks.subscribe(
                      receiverOfB.url(), Set.of(WebhookEvent.CLIENT_ENROLLED), "Billing"));
          return null;
        });
  }

  @AfterEach
  void stopReceivers() {
    receiverOfA.close();
    receiverOfB.close();
  }

  @Test
  void anEnrolmentReachesOnlyItsClinicsEndpointSignedAndRetriedUnderOneId() throws Exception {
    UUID client = enrolSomeoneIn(clinics.clinicA(), "Alex Park");
    Instant now = Instant.now();

    assertThat(clinics.asClinicA(() -> relay.relay(now))).isZero();
    assertThat(deliveriesOf(clinics.clinicA()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo("QUEUED");
              assertThat(d.lastError()).isEqualTo("HTTP 500");
            });
    assertThat(clinics.asClinicA(() -> relay.relay(now.plus(Duration.ofMinutes(2))))).isOne();
    assertThat(deliveriesOf(clinics.clinicA()))
        .extracting(WebhookDelivery::status)
        .containsExactly("DELIVERED");

    assertThat(receiverOfA.received).hasSize(2);
    var first = receiverOfA.received.get(0);
    var second = receiverOfA.received.get(1);
    assertThat(second.headers().get("webhook-id")).isEqualTo(first.headers().get("webhook-id"));
    String signed =
        second.headers().get("webhook-id")
            + "."
            + second.headers().get("webhook-timestamp")
            + "."
            + second.body();
    assertThat(second.headers().get("webhook-signature"))
        .isEqualTo("v1," + hmacSha256(secretOfA, signed));
    assertThat(second.body())
        .contains("\"type\":\"client.enrolled\"")
        .contains(client.toString())
        .doesNotContain("Alex");

    assertThat(clinics.asClinicB(() -> relay.relay(now.plus(Duration.ofMinutes(2))))).isZero();
    assertThat(receiverOfB.received).isEmpty();
    UUID clientOfB = enrolSomeoneIn(clinics.clinicB(), "Casey Reed");
    assertThat(clinics.asClinicB(() -> relay.relay(now.plus(Duration.ofMinutes(3))))).isOne();
    assertThat(receiverOfB.received)
        .singleElement()
        .satisfies(r -> assertThat(r.body()).contains(clientOfB.toString()));
    assertThat(receiverOfA.received).hasSize(2);
  }

  @Test
  void aRemovedEndpointGetsNothingMoreAndOneThatIsGoneIsGivenUp() {
    clinics.asClinicA(
        () ->
            fixtures.as(
                adminA.getId(),
                () -> {
                  webhooks.retire(endpointOfA);
                  return null;
                }));
    enrolSomeoneIn(clinics.clinicA(), "Drew Lane");
    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isZero();
    assertThat(receiverOfA.received).isEmpty();

    receiverOfB.answers.add(410);
    enrolSomeoneIn(clinics.clinicB(), "Erin Moss");
    assertThat(clinics.asClinicB(() -> relay.relay(Instant.now()))).isZero();
    assertThat(deliveriesOf(clinics.clinicB()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo("DEAD");
              assertThat(d.lastError()).contains("410");
            });
  }

  /** Worked out here as a receiver would, from the standard, not with the sender's code. */
  private static String hmacSha256(String whsecSecret, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(whsecSecret.substring("whsec_".length())), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aNewFlagIsToldOnceWhileItLastsWithItsReasonAndNoName() {
    clinics.asClinicA(
        () ->
            fixtures.as(
                adminA.getId(),
                () ->
                    webhooks.subscribe(
                        receiverOfA.url(), Set.of(WebhookEvent.FLAG_RAISED), "Outreach")));
    receiverOfA.answers.clear();
    UUID sam =
        clinics.asClinicA(
            () -> {
              Client client = fixtures.client("Sam Rivers");
              Account login = fixtures.portalAccountFor(client);
              // Craving at 9 of 10 raises a flag (the clinic's threshold is 8).
              fixtures.as(
                  login.getId(),
                  () ->
                      checkIns.record(client.getId(), new CheckInAnswers(2, 9, false, null, null)));
              return client.getId();
            });
    Instant now = Instant.now();
    assertThat(clinics.asClinicA(() -> flagWebhooks.publishNewFlags(now))).isOne();
    assertThat(clinics.asClinicA(() -> flagWebhooks.publishNewFlags(now)))
        .as("the same flag")
        .isZero();
    assertThat(clinics.asClinicB(() -> flagWebhooks.publishNewFlags(now))).isZero();

    assertThat(clinics.asClinicA(() -> relay.relay(Instant.now()))).isOne();
    assertThat(receiverOfA.received)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body())
                    .contains("\"type\":\"flag.raised\"")
                    .contains(sam.toString())
                    .contains("HIGH_CRAVING")
                    .doesNotContain("Sam"));
  }

  private UUID enrolSomeoneIn(UUID clinic, String name) {
    return tenantContext.callAs(
        clinic,
        () -> {
          Account clinician = fixtures.clinician("Cleo " + UUID.randomUUID());
          Client client = fixtures.client(name);
          return fixtures.as(
              clinician.getId(),
              () -> {
                var group =
                    groups.create(
                        aGroup().named("Group " + name).build(), Set.of(clinician.getId()));
                enrollments.enrol(group.getId(), client.getId(), false);
                return client.getId();
              });
        });
  }

  private List<WebhookDelivery> deliveriesOf(UUID clinic) {
    Account admin = clinic.equals(clinics.clinicA()) ? adminA : adminB;
    return tenantContext.callAs(
        clinic, () -> fixtures.as(admin.getId(), () -> webhooks.recentDeliveries(50)));
  }
}
