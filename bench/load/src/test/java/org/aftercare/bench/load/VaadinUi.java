package org.aftercare.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a browser's Flow client keeps of one Vaadin UI, enough to speak UIDL for it: the UI id and
 * security key from the init answer, the server's last {@code syncId} (echoed), our next {@code
 * clientId}, and the nodes the server attached with their tag, id and properties, so that a step
 * can find "the login form" or "the element with id save-check-in" by what the server sent.
 */
final class VaadinUi {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String uiId;
  private final String csrfToken;
  private int syncId = -1;
  private int clientId;
  private final Map<Integer, Map<String, JsonNode>> nodes = new HashMap<>();

  private VaadinUi(String uiId, String csrfToken) {
    this.uiId = uiId;
    this.csrfToken = csrfToken;
  }

  /** The UI that the answer to {@code ?v-r=init} describes. */
  static VaadinUi fromInit(String body) {
    JsonNode config = read(body).path("appConfig");
    JsonNode uidl = config.path("uidl");
    var ui =
        new VaadinUi(config.path("v-uiId").asText(), uidl.path("Vaadin-Security-Key").asText());
    if (ui.csrfToken.isEmpty()) {
      throw new IllegalStateException("The init answer carries no security key");
    }
    ui.apply(uidl);
    return ui;
  }

  String uiId() {
    return uiId;
  }

  /** The body of the next {@code ?v-r=uidl} POST; each one takes the next client id. */
  String request(ArrayNode rpc) {
    ObjectNode body = JSON.createObjectNode();
    body.put("csrfToken", csrfToken);
    body.set("rpc", rpc);
    body.put("syncId", syncId);
    body.put("clientId", clientId++);
    return body.toString();
  }

  /** Takes in the server's answer to a UIDL request. */
  void answer(String body) {
    JsonNode uidl = read(body);
    apply(uidl.isArray() ? uidl.get(0) : uidl);
  }

  private void apply(JsonNode uidl) {
    if (uidl.has("syncId")) {
      syncId = uidl.get("syncId").asInt();
    }
    for (JsonNode change : uidl.path("changes")) {
      int node = change.path("node").asInt();
      if ("put".equals(change.path("type").asText())) {
        nodes
            .computeIfAbsent(node, n -> new HashMap<>())
            .put(change.get("key").asText(), change.path("value"));
      } else if ("detach".equals(change.path("type").asText())) {
        nodes.remove(node);
      }
    }
  }

  /** The newest attached node with {@code key} (a tag, an id, a property) set to {@code value}. */
  int node(String key, String value) {
    return nodes.entrySet().stream()
        .filter(entry -> Objects.equals(text(entry.getValue().get(key)), value))
        .mapToInt(Map.Entry::getKey)
        .max()
        .orElseThrow(() -> new IllegalStateException("No node with " + key + "=" + value));
  }

  boolean has(String id) {
    return nodes.values().stream().anyMatch(properties -> id.equals(text(properties.get("id"))));
  }

  int nodeWithTag(String tag) {
    return node("tag", tag);
  }

  int nodeWithId(String id) {
    return node("id", id);
  }

  /** The links now attached whose {@code href} starts with {@code prefix}, in a stable order. */
  List<String> links(String prefix) {
    return nodes.values().stream()
        .map(properties -> text(properties.get("href")))
        .filter(href -> href != null && href.startsWith(prefix))
        .distinct()
        .sorted()
        .toList();
  }

  private static String text(JsonNode value) {
    return value == null ? null : value.asText();
  }

  private static JsonNode read(String body) {
    String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Not a UIDL answer: " + json.substring(0, Math.min(200, json.length())), e);
    }
  }
}
