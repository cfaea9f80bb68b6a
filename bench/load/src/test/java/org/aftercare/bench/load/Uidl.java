package org.aftercare.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol as Gatling steps: open a page (the bootstrap page, then {@code
 * ?v-r=init} for the UI id and security key, then the {@code ui-navigate} event that renders the
 * route), and send RPCs ({@code ?v-r=uidl}: DOM events, property syncs, {@code @ClientCallable}
 * calls) to nodes found in earlier answers. A step's request is named for what it measures.
 */
final class Uidl {

  /** Every UIDL round trip but the sign-in has this name, so its percentiles are one line. */
  static final String ROUND_TRIP = "uidl round trip";

  private static final String UI = "vaadinUi";
  private static final String ANSWER = "uidlAnswer";
  private static final String MILLIS = "uidlMillis";

  private Uidl() {}

  /** Opens {@code route} (with {@code query}) as a browser tab would. */
  static ChainBuilder open(String route, String query) {
    String location = route + (query.isEmpty() ? "" : "?" + query);
    return exec(http("bootstrap page").get("/" + location).check(status().is(200)))
        .exec(
            http("init")
                .get(
                    "/?v-r=init&location="
                        + URLEncoder.encode(location, StandardCharsets.UTF_8)
                        + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .check(status().is(200), bodyString().saveAs(ANSWER)))
        .exitHereIfFailed()
        .exec(
            session -> session.set(UI, VaadinUi.fromInit(session.getString(ANSWER))).remove(ANSWER))
        .exec(navigate(route, query));
  }

  /** The router's navigation to {@code route}, as a click on a link in the app. */
  static ChainBuilder navigate(String route, String query) {
    return navigate(session -> route, query);
  }

  /** As {@link #navigate(String, String)}, to the route this user chose earlier. */
  static ChainBuilder navigate(Function<Session, String> route, String query) {
    return rpc(ROUND_TRIP, (session, ui, rpc) -> navigateEvent(rpc, route.apply(session), query));
  }

  /** The router's {@code ui-navigate} event to {@code route}, on the UI's body node. */
  static void navigateEvent(ArrayNode rpc, String route, String query) {
    ObjectNode data = VaadinUi.JSON.createObjectNode();
    data.put("route", route);
    data.put("query", query);
    data.put("appShellTitle", "");
    data.putObject("historyState").put("idx", 0);
    data.put("trigger", "");
    event(rpc, 1, "ui-navigate", data);
  }

  /** What one UIDL request sends, knowing the user's session and the UI's nodes so far. */
  @FunctionalInterface
  interface Calls {
    void add(Session session, VaadinUi ui, ArrayNode rpc);
  }

  /** One UIDL request whose RPCs {@code calls} adds, knowing the UI's nodes so far. */
  static ChainBuilder rpc(
      String name, BiConsumer<VaadinUi, ArrayNode> calls, CheckBuilder... checks) {
    return rpc(name, (session, ui, rpc) -> calls.accept(ui, rpc), checks);
  }

  /** As {@link #rpc(String, BiConsumer, CheckBuilder...)}, knowing the user's session too. */
  static ChainBuilder rpc(String name, Calls calls, CheckBuilder... checks) {
    return exec(http(name)
            .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
            .header("Content-Type", "application/json; charset=UTF-8")
            .body(
                StringBody(
                    session -> {
                      ArrayNode rpc = VaadinUi.JSON.createArrayNode();
                      calls.add(session, ui(session), rpc);
                      return ui(session).request(rpc);
                    }))
            .check(status().is(200))
            // The server's ways of saying the client is lost: resynchronise, reload, expired.
            .check(regex("\"(appError|sessionExpired|resynchronize)\"").notExists())
            .check(substring("Vaadin-Refresh").notExists())
            .check(checks)
            .check(responseTimeInMillis().saveAs(MILLIS))
            .check(bodyString().saveAs(ANSWER)))
        // A user whose request failed stops there: the next step would look for nodes in vain.
        .exitHereIfFailed()
        .exec(
            session -> {
              ui(session).answer(session.getString(ANSWER));
              Figures.record(name, session.getInt(MILLIS));
              return session.remove(ANSWER).remove(MILLIS);
            });
  }

  /** Keeps in the user's session, as {@code attribute}, what they chose from the UI shown. */
  static ChainBuilder remember(String attribute, BiFunction<Session, VaadinUi, String> choice) {
    return exec(session -> session.set(attribute, choice.apply(session, ui(session))));
  }

  /** Whether the user's page now shows an element with {@code id}. */
  static boolean shows(Session session, String id) {
    return session.contains(UI) && ui(session).has(id);
  }

  static void event(ArrayNode rpc, int node, String event, ObjectNode data) {
    ObjectNode call = rpc.addObject();
    call.put("type", "event");
    call.put("node", node);
    call.put("event", event);
    call.set("data", data);
  }

  /** A field's new value, as the browser reports a user's change to it. */
  static void typed(ArrayNode rpc, int node, String value) {
    ObjectNode sync = rpc.addObject();
    sync.put("type", "mSync");
    sync.put("node", node);
    sync.put("feature", 1);
    sync.put("property", "value");
    sync.put("value", value);
    event(rpc, node, "value-changed", VaadinUi.JSON.createObjectNode());
  }

  /** A click with the event details a button's listener asks for. */
  static void click(ArrayNode rpc, int node) {
    ObjectNode data = VaadinUi.JSON.createObjectNode();
    for (String flag : new String[] {"shiftKey", "metaKey", "ctrlKey", "altKey"}) {
      data.put("event." + flag, false);
    }
    for (String number : new String[] {"clientX", "clientY", "screenX", "screenY", "button"}) {
      data.put("event." + number, 0);
    }
    data.put("event.detail", 1);
    event(rpc, node, "click", data);
  }

  /** A call of a component's {@code @ClientCallable} method, as its web component makes it. */
  static void call(ArrayNode rpc, int node, String method, Object... args) {
    ObjectNode call = rpc.addObject();
    call.put("type", "publishedEventHandler");
    call.put("node", node);
    call.put("templateEventMethodName", method);
    call.set("templateEventMethodArgs", VaadinUi.JSON.valueToTree(args));
    call.put("promise", 0);
  }

  private static VaadinUi ui(Session session) {
    return (VaadinUi) session.get(UI);
  }
}
