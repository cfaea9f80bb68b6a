package org.aftercare.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the audit trail and the per-address sign-in limits. Behind
 * an ingress or load balancer every request arrives from the proxy, which would make one address of
 * a whole clinic network (and lock everyone out at once); so {@code X-Forwarded-For} is believed,
 * but only as far as it was written by the proxies named in {@code aftercare.http.trusted-proxies}
 * (addresses or CIDR ranges). The client's own entries to the left are ignored: anyone can send
 * that header.
 */
@ApplicationScoped
public class ClientAddresses {

  private final List<Range> trustedProxies;

  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "aftercare.http.trusted-proxies") Optional<String> trustedProxies) {
    this.trustedProxies =
        Arrays.stream(trustedProxies.orElse("").split(","))
            .map(String::trim)
            .filter(range -> !range.isEmpty())
            .map(Range::parse)
            .toList();
  }

  /** For CDI's proxy only. */
  protected ClientAddresses() {
    this.trustedProxies = List.of();
  }

  public String sourceOf(HttpServletRequest request) {
    return sourceOf(
        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }

  /**
   * Walks the chain from the nearest hop outward and stops at the first address no trusted proxy
   * has: that is who reached the platform. A malformed entry ends the walk at the last good hop.
   */
  String sourceOf(String remoteAddress, List<String> forwardedForHeaders) {
    if (!isTrusted(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedForHeaders) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    String source = remoteAddress;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (Range.address(hop) == null) {
        return source;
      }
      source = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return source;
  }

  private boolean isTrusted(String address) {
    InetAddress parsed = Range.address(address);
    return parsed != null && trustedProxies.stream().anyMatch(range -> range.contains(parsed));
  }

  /** An address range in CIDR notation; a single address is a range of one. */
  private record Range(BigInteger network, int prefix, int bits) {

    static Range parse(String cidr) {
      String[] parts = cidr.split("/", 2);
      InetAddress base = address(parts[0]);
      if (base == null) {
        throw new IllegalArgumentException(
            "aftercare.http.trusted-proxies: " + cidr + " is not an IP address or CIDR range");
      }
      int bits = base.getAddress().length * 8;
      int prefix;
      try {
        prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException(
            "aftercare.http.trusted-proxies: " + cidr + " has no valid prefix length");
      }
      return new Range(masked(base, prefix, bits), prefix, bits);
    }

    boolean contains(InetAddress address) {
      return address.getAddress().length * 8 == bits
          && masked(address, prefix, bits).equals(network);
    }

    private static BigInteger masked(InetAddress address, int prefix, int bits) {
      return new BigInteger(1, address.getAddress()).shiftRight(bits - prefix);
    }

    /**
     * Only literal addresses: {@link InetAddress#getByName} would look a name up in DNS, and a
     * header's content must never cause a lookup.
     */
    static InetAddress address(String literal) {
      if (literal == null
          || literal.isEmpty()
          || !literal.matches("[0-9a-fA-F:.]+")
          || !(literal.contains(":") || literal.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
        return null;
      }
      try {
        return InetAddress.getByName(literal);
      } catch (UnknownHostException e) {
        return null;
      }
    }
  }
}
