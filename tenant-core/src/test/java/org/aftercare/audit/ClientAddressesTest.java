package org.aftercare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindIngress =
      new ClientAddresses(Optional.of("10.0.0.0/8, fd00::/8"));

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    var direct = new ClientAddresses(Optional.empty());

    assertThat(direct.sourceOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void theIngressNamesTheClient() {
    assertThat(behindIngress.sourceOf("10.1.2.3", List.of("198.51.100.20")))
        .isEqualTo("198.51.100.20");
  }

  @Test
  void whatTheClientWroteItselfIsNotBelieved() {
    // The client sent "X-Forwarded-For: 10.9.9.9, 192.0.2.1"; the ingress appended its peer.
    assertThat(behindIngress.sourceOf("10.1.2.3", List.of("10.9.9.9, 192.0.2.1, 198.51.100.20")))
        .isEqualTo("198.51.100.20");
  }

  @Test
  void severalTrustedHopsAreWalkedThrough() {
    assertThat(behindIngress.sourceOf("10.1.2.3", List.of("198.51.100.20, 10.4.4.4", "10.5.5.5")))
        .isEqualTo("198.51.100.20");
  }

  @Test
  void anUntrustedPeerIsTheSourceWhateverItClaims() {
    assertThat(behindIngress.sourceOf("192.0.2.50", List.of("198.51.100.20")))
        .isEqualTo("192.0.2.50");
  }

  @Test
  void garbageOrNamesInTheHeaderStopAtTheLastGoodHop() {
    assertThat(behindIngress.sourceOf("10.1.2.3", List.of("evil.example.org")))
        .isEqualTo("10.1.2.3");
    assertThat(behindIngress.sourceOf("10.1.2.3", List.of("198.51.100.20, <script>")))
        .isEqualTo("10.1.2.3");
  }

  @Test
  void ipv6ProxiesAndClients() {
    assertThat(behindIngress.sourceOf("fd12::1", List.of("2001:db8::42")))
        .isEqualTo("2001:db8::42");
  }

  @Test
  void aWrongRangeIsRefusedAtStart() {
    assertThatThrownBy(() -> new ClientAddresses(Optional.of("10.0.0.0/33")))
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> new ClientAddresses(Optional.of("proxy.internal")))
        .hasMessageContaining("proxy.internal");
  }
}
