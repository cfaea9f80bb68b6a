package org.aftercare.testing;

import java.time.LocalDate;
import org.aftercare.clients.Client;

/** {@code aClient().named("Sam T.").build()}: a valid client with sensible defaults. */
public final class ClientBuilder {

  private String displayName = "Sam T.";
  private String legalName = "Samantha Taylor";
  private String email = "sam@example.org";
  private LocalDate recoveryStart = LocalDate.now().minusDays(90);

  public static ClientBuilder aClient() {
    return new ClientBuilder();
  }

  public ClientBuilder named(String displayName) {
    this.displayName = displayName;
    return this;
  }

  public ClientBuilder withLegalName(String legalName) {
    this.legalName = legalName;
    return this;
  }

  public ClientBuilder withEmail(String email) {
    this.email = email;
    return this;
  }

  public ClientBuilder inRecoverySince(LocalDate date) {
    this.recoveryStart = date;
    return this;
  }

  public Client build() {
    var client = new Client();
    client.setDisplayName(displayName);
    client.setLegalName(legalName);
    client.setEmail(email);
    client.setRecoveryStartDate(recoveryStart);
    return client;
  }
}
