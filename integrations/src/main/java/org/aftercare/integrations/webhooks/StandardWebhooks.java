package org.aftercare.integrations.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com), for the events the portal sends and for
 * those video services send it: {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}
 * under the secret — a {@code whsec_} secret's base64 part, or the secret's own bytes otherwise.
 */
public final class StandardWebhooks {

  private static final String WHSEC = "whsec_";

  private StandardWebhooks() {}

  public static String signature(String secret, String id, String timestamp, String body) {
    byte[] key =
        secret.startsWith(WHSEC)
            ? Base64.getDecoder().decode(secret.substring(WHSEC.length()))
            : secret.getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
