package org.aftercare.integrations.hl7;

import javax.net.ssl.SSLSocketFactory;

/**
 * A care team's interface engine listening for MLLP.
 *
 * @param tls the factory for TLS connections (its trust decides which certificates are accepted);
 *     null for a plain TCP connection
 */
public record MllpEndpoint(String host, int port, SSLSocketFactory tls) {

  public static MllpEndpoint plain(String host, int port) {
    return new MllpEndpoint(host, port, null);
  }

  public static MllpEndpoint overTls(String host, int port, SSLSocketFactory tls) {
    return new MllpEndpoint(host, port, tls);
  }

  /** The JVM's default trust store, as for any public TLS server. */
  public static MllpEndpoint overTls(String host, int port) {
    return overTls(host, port, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  public boolean isTls() {
    return tls != null;
  }

  @Override
  public String toString() {
    return host + ":" + port + (isTls() ? " (TLS)" : "");
  }
}
