package org.aftercare.sharing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A queued summary as the outbox row stores it: JSON, read back unchanged for every attempt. */
final class SummaryPayloads {

  private SummaryPayloads() {}

  static String write(SummaryMessage message) {
    return Json.BINDING.toJson(message);
  }

  static SummaryMessage read(String payload) {
    return Json.BINDING.fromJson(payload, SummaryMessage.class);
  }

  /** Made on first use: the binding provider is the server's, absent where classes are scanned. */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create();
  }
}
