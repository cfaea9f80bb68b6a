package org.aftercare.integrations.hl7;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.aftercare.integrations.peers.MllpReceiver;
import org.aftercare.integrations.testing.SelfSignedTls;
import org.aftercare.outbound.DeliveryOutcome;
import org.aftercare.outbound.DeliveryOutcome.Result;
import org.aftercare.sharing.SummaryMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivering over MLLP to a real listener on loopback: what its acknowledgement means for the
 * outbox (AA delivered, AE retry, AR refused), what silence and absence mean (retry), that a repeat
 * is kept once, and that TLS checks the certificate and the host name.
 */
class MllpSenderTest {

  private static final MllpParties PARTIES =
      new MllpParties("AFTERCARE", "HARBOR_LIGHT", "EASTSIDE_ENGINE", "EASTSIDE_FP");

  @TempDir static Path keys;

  private static MllpReceiver receiver;
  private static MllpSender sender;
  private static SelfSignedTls localhostCertificate;

  @BeforeAll
  static void start() throws Exception {
    receiver = new MllpReceiver().start();
    sender = new MllpSender(Duration.ofMillis(500), Duration.ofMillis(500));
    localhostCertificate = SelfSignedTls.forNames(keys, "dns:localhost");
  }

  @AfterAll
  static void stop() throws IOException {
    receiver.close();
  }

  @BeforeEach
  void cleanReceiver() {
    receiver.start().reset().clear();
  }

  @Test
  void anAcceptedMessageIsDeliveredAndKept() {
    SummaryMessage message = aSummary().build();

    DeliveryOutcome outcome = sender.deliver(endpoint(), message, PARTIES);

    assertThat(outcome).isEqualTo(DeliveryOutcome.delivered("AA"));
    assertThat(receiver.accepted())
        .singleElement()
        .asString()
        .contains(message.messageId().toString());
  }

  @Test
  void anApplicationErrorIsRetriedLater() {
    receiver.acknowledgeNext(1, "AE");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).startsWith("AE: Refused by the test receiver");
    assertThat(receiver.accepted()).isEmpty();
    assertThat(sender.deliver(endpoint(), aSummary().build(), PARTIES).result())
        .isEqualTo(Result.DELIVERED);
  }

  @Test
  void anApplicationRejectIsRefusedForGood() {
    receiver.acknowledgeNext(1, "AR");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    assertThat(outcome.detail()).startsWith("AR");
    assertThat(receiver.accepted()).isEmpty();
  }

  @Test
  void enhancedModeCodesAreClassifiedLikeOriginalOnes() {
    receiver.acknowledgeNext(1, "CA");
    assertThat(sender.deliver(endpoint(), aSummary().build(), PARTIES).result())
        .isEqualTo(Result.DELIVERED);
    receiver.acknowledgeNext(1, "CE");
    assertThat(sender.deliver(endpoint(), aSummary().build(), PARTIES).result())
        .isEqualTo(Result.RETRY);
    receiver.acknowledgeNext(1, "CR");
    assertThat(sender.deliver(endpoint(), aSummary().build(), PARTIES).result())
        .isEqualTo(Result.REJECTED);
  }

  @Test
  void theSameMessageTwiceIsKeptOnce() {
    SummaryMessage message = aSummary().build();

    DeliveryOutcome first = sender.deliver(endpoint(), message, PARTIES);
    DeliveryOutcome again = sender.deliver(endpoint(), message, PARTIES);

    assertThat(first.result()).isEqualTo(Result.DELIVERED);
    assertThat(again.result()).isEqualTo(Result.DELIVERED);
    assertThat(receiver.received()).hasSize(2);
    assertThat(receiver.accepted()).hasSize(1);
  }

  @Test
  void nothingListeningIsRetriedLater() throws IOException {
    DeliveryOutcome outcome =
        sender.deliver(MllpEndpoint.plain("127.0.0.1", freePort()), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).startsWith("Could not connect");
  }

  @Test
  void aReceiverThatWasDownTakesTheMessageWhenItIsBack() {
    SummaryMessage message = aSummary().build();
    receiver.stop();

    DeliveryOutcome whileDown = sender.deliver(endpoint(), message, PARTIES);
    receiver.start();
    DeliveryOutcome whenBack = sender.deliver(endpoint(), message, PARTIES);

    assertThat(whileDown.result()).isEqualTo(Result.RETRY);
    assertThat(whenBack.result()).isEqualTo(Result.DELIVERED);
    assertThat(receiver.accepted()).hasSize(1);
  }

  @Test
  void noAcknowledgementInTimeIsRetriedLater() {
    receiver.staySilentNext(1);
    long started = System.nanoTime();

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).isEqualTo("No acknowledgement within 500 ms.");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aReceiverDrippingItsAnswerIsCutOffAtTheReadTimeout() {
    receiver.dripNext(1, Duration.ofMillis(40));
    long started = System.nanoTime();

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    // Each byte comes well within the per-read timeout; the whole answer would take seconds.
    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).isEqualTo("No acknowledgement within 500 ms.");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void anAnswerThatIsNotAnAcknowledgementIsRetriedLater() {
    receiver.replyNext(1, "<html>Bad Gateway</html>");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).startsWith("The acknowledgement could not be read");
  }

  @Test
  void anAcknowledgementOfAnotherMessageIsRetriedLater() {
    receiver.replyNext(1, "MSH|^~\\&|E|F|A|H|20261201||ACK|9|P|2.5.1\rMSA|AA|someone-else\r");

    DeliveryOutcome outcome = sender.deliver(endpoint(), aSummary().build(), PARTIES);

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.detail()).contains("another message");
  }

  @Test
  void testingTheConnectionSendsNoMessage() throws IOException {
    DeliveryOutcome reachable = sender.testConnection(endpoint());
    DeliveryOutcome unreachable =
        sender.testConnection(MllpEndpoint.plain("127.0.0.1", freePort()));

    assertThat(reachable.result()).isEqualTo(Result.DELIVERED);
    assertThat(unreachable.result()).isEqualTo(Result.RETRY);
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void overTlsTheMessageIsDeliveredToTheTrustedCertificatesHost() throws Exception {
    try (MllpReceiver secure = new MllpReceiver(localhostCertificate.serverContext()).start()) {
      MllpEndpoint trusting =
          MllpEndpoint.overTls("localhost", secure.port(), localhostCertificate.trustingClient());
      MllpEndpoint defaultTrust = MllpEndpoint.overTls("localhost", secure.port());

      DeliveryOutcome delivered = sender.deliver(trusting, aSummary().build(), PARTIES);
      DeliveryOutcome untrusted = sender.deliver(defaultTrust, aSummary().build(), PARTIES);

      assertThat(delivered.result()).isEqualTo(Result.DELIVERED);
      assertThat(untrusted.result()).isEqualTo(Result.RETRY);
      assertThat(untrusted.detail()).startsWith("TLS failed");
      assertThat(secure.accepted()).hasSize(1);
      assertThat(sender.testConnection(trusting).result()).isEqualTo(Result.DELIVERED);
      assertThat(sender.testConnection(defaultTrust).result()).isEqualTo(Result.RETRY);
    }
  }

  @Test
  void overTlsACertificateForAnotherHostIsRefused() throws Exception {
    try (MllpReceiver secure = new MllpReceiver(localhostCertificate.serverContext()).start()) {
      // The certificate names localhost only; reached as 127.0.0.1 the name does not match.
      MllpEndpoint endpoint =
          MllpEndpoint.overTls("127.0.0.1", secure.port(), localhostCertificate.trustingClient());

      DeliveryOutcome outcome = sender.deliver(endpoint, aSummary().build(), PARTIES);

      assertThat(outcome.result()).isEqualTo(Result.RETRY);
      assertThat(outcome.detail()).startsWith("TLS failed");
      assertThat(secure.received()).isEmpty();
    }
  }

  private static MllpEndpoint endpoint() {
    return MllpEndpoint.plain(receiver.host(), receiver.port());
  }

  /** A loopback port nothing listens on (taken and released at once). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
