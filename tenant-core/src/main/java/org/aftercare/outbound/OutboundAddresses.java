package org.aftercare.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aftercare.shared.InvalidInputException;

/**
 * Where the portal may send a client's information: over https (plain http only to a loopback
 * address written as such, when the test setting allows it), and never to an address inside the
 * platform's own network — a clinic admin types these addresses, and "Test connection" would
 * otherwise map the hosting network for them. Used when a connection is saved and before every
 * delivery (a name may resolve elsewhere later).
 */
public final class OutboundAddresses {

  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  private OutboundAddresses() {}

  /** The URL when it may carry health information; empty when not. */
  public static Optional<URI> allowedUrl(String url, boolean allowLoopbackHttp) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null) {
        return Optional.empty();
      }
      boolean loopbackHttp =
          scheme.equals("http") && allowLoopbackHttp && isLoopbackLiteral(uri.getHost());
      return scheme.equals("https") || loopbackHttp ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Why the portal will not connect to {@code host}, if it will not: an address of this machine
   * (unless loopback is allowed, for tests), of a private network, link-local (cloud metadata) or
   * multicast. A name that does not resolve now is not refused here: the attempt will say so.
   */
  public static Optional<String> refusal(String host, boolean allowLoopback) {
    return refused("host", host, allowLoopback).map(InvalidInputException::getMessage);
  }

  /** The same refusal for the form field where an admin typed {@code host}, with its words. */
  public static void refuse(String field, String host, boolean allowLoopback) {
    refused(field, host, allowLoopback)
        .ifPresent(
            why -> {
              throw why;
            });
  }

  private static Optional<InvalidInputException> refused(
      String field, String host, boolean allowLoopback) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    for (InetAddress address : addresses) {
      if (address.isLoopbackAddress()) {
        if (!allowLoopback) {
          return Optional.of(
              InvalidInputException.worded(
                  field, host + " is this server itself.", "refusal.outbound.thisServer", host));
        }
      } else if (address.isAnyLocalAddress()
          || address.isSiteLocalAddress()
          || address.isLinkLocalAddress()
          || address.isMulticastAddress()
          || isUniqueLocal(address)) {
        return Optional.of(
            InvalidInputException.worded(
                field,
                host + " is an address inside a private network.",
                "refusal.outbound.privateNetwork",
                host));
      }
    }
    return Optional.empty();
  }

  private static boolean isLoopbackLiteral(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("localhost")
        || lower.equals("[::1]")
        || IPV4_LOOPBACK.matcher(lower).matches();
  }

  /** IPv6 fc00::/7, the private range Java does not call site-local. */
  private static boolean isUniqueLocal(InetAddress address) {
    return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }
}
