package org.aftercare.integrations.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Both signatures against values computed here from the providers' descriptions, not by the
 * receivers: Zoom's hex HMAC of {@code v0:<ts>:<body>}, Standard Webhooks' base64 HMAC of {@code
 * <id>.<ts>.<body>}. Reading the events' JSON needs the server's JSON-P, so VideoAttendanceIT
 * covers that.
 */
class SignedEventsTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private static final String SECRET = "a-zoom-secret-token-0123";
  private static final String BODY = "{\"event\":\"meeting.participant_joined\"}";

  @Test
  void zoomAcceptsTheHexHmacOfVersionTimestampAndBodyUnderTheSecretToken() {
    long ts = NOW.getEpochSecond();
    String signature = "v0=" + hex(hmac(SECRET, "v0:" + ts + ":" + BODY));

    assertThatCode(() -> ZoomEvents.verify(zoomHeaders(ts, signature), BODY, SECRET, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void zoomRefusesAnotherSecretATamperedBodyAndATimestampOverFiveMinutesOff() {
    long ts = NOW.getEpochSecond();
    String signed = "v0=" + hex(hmac(SECRET, "v0:" + ts + ":" + BODY));
    String otherSecret = "v0=" + hex(hmac("another-secret-token", "v0:" + ts + ":" + BODY));
    long stale = NOW.minusSeconds(301).getEpochSecond();
    String signedStale = "v0=" + hex(hmac(SECRET, "v0:" + stale + ":" + BODY));
    long early = NOW.plusSeconds(301).getEpochSecond();
    String signedEarly = "v0=" + hex(hmac(SECRET, "v0:" + early + ":" + BODY));

    assertThat(status(() -> ZoomEvents.verify(zoomHeaders(ts, otherSecret), BODY, SECRET, NOW)))
        .isEqualTo(401);
    assertThat(status(() -> ZoomEvents.verify(zoomHeaders(ts, signed), BODY + " ", SECRET, NOW)))
        .isEqualTo(401);
    assertThat(status(() -> ZoomEvents.verify(zoomHeaders(stale, signedStale), BODY, SECRET, NOW)))
        .isEqualTo(401);
    assertThat(status(() -> ZoomEvents.verify(zoomHeaders(early, signedEarly), BODY, SECRET, NOW)))
        .isEqualTo(401);
    assertThat(status(() -> ZoomEvents.verify(headers(), BODY, SECRET, NOW))).isEqualTo(401);
  }

  @Test
  void standardWebhooksAcceptAnyListedV1SignatureUnderTheDecodedWhsecKey() throws Exception {
    byte[] key = "sixteen byte key".getBytes(StandardCharsets.UTF_8);
    String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    long ts = NOW.getEpochSecond();
    String good = "v1," + Base64.getEncoder().encodeToString(hmac(key, "msg_1." + ts + "." + BODY));

    assertThat(
            StandardWebhookEvents.verify(
                standardHeaders("msg_1", ts, "v1,bm90IGl0 " + good), BODY, secret, NOW))
        .isEqualTo("msg_1");
    assertThat(
            status(
                () ->
                    StandardWebhookEvents.verify(
                        standardHeaders("msg_2", ts, good), BODY, secret, NOW)))
        .isEqualTo(401);
    assertThat(
            status(
                () ->
                    StandardWebhookEvents.verify(
                        standardHeaders("msg_1", ts, good), BODY, "whsec_b3RoZXIga2V5", NOW)))
        .isEqualTo(401);
  }

  @Test
  void aSecretWithoutThePrefixSignsWithItsTextBytes() throws Exception {
    long ts = NOW.getEpochSecond();
    String good =
        "v1," + Base64.getEncoder().encodeToString(hmac(SECRET, "msg_3." + ts + "." + BODY));

    assertThat(StandardWebhookEvents.verify(standardHeaders("msg_3", ts, good), BODY, SECRET, NOW))
        .isEqualTo("msg_3");
  }

  private interface Check {
    void run() throws RefusedEvent;
  }

  private static int status(Check check) {
    try {
      check.run();
    } catch (RefusedEvent refused) {
      return refused.status();
    }
    throw new AssertionError("accepted");
  }

  private static UnaryOperator<String> zoomHeaders(long ts, String signature) {
    return headers(ZoomEvents.TIMESTAMP, "" + ts, ZoomEvents.SIGNATURE, signature);
  }

  private static UnaryOperator<String> standardHeaders(String id, long ts, String signature) {
    return headers(
        StandardWebhookEvents.ID,
        id,
        StandardWebhookEvents.TIMESTAMP,
        "" + ts,
        StandardWebhookEvents.SIGNATURE,
        signature);
  }

  private static UnaryOperator<String> headers(String... pairs) {
    var map = new HashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map::get;
  }

  private static byte[] hmac(String key, String content) {
    return hmac(key.getBytes(StandardCharsets.UTF_8), content);
  }

  private static byte[] hmac(byte[] key, String content) {
    try {
      var mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
