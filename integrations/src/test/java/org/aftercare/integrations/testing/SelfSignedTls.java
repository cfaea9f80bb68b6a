package org.aftercare.integrations.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made with the JDK's keytool, for TLS between tests and their peers: the
 * server side presents it, the client side trusts exactly it.
 */
public final class SelfSignedTls {

  private static final char[] PASSWORD = "changeit".toCharArray();

  private final KeyStore keys;

  private SelfSignedTls(KeyStore keys) {
    this.keys = keys;
  }

  /**
   * A certificate for these subject alternative names, e.g. {@code "dns:localhost"}, {@code
   * "ip:127.0.0.1"}.
   */
  public static SelfSignedTls forNames(Path directory, String... names)
      throws IOException, GeneralSecurityException, InterruptedException {
    Path store = Files.createTempFile(directory, "peer", ".p12");
    Files.delete(store);
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "peer",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=aftercare test peer",
                    "-ext",
                    "SAN=" + String.join(",", names),
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    new String(PASSWORD)))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    return new SelfSignedTls(keys);
  }

  /** For the server side: presents the certificate. */
  public SSLContext serverContext() throws GeneralSecurityException {
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    return context;
  }

  /** For the client side: trusts this certificate and nothing else. */
  public SSLSocketFactory trustingClient() throws GeneralSecurityException, IOException {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("peer", keys.getCertificate("peer"));
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context.getSocketFactory();
  }
}
