package org.aftercare.bench.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;

/**
 * Clinic staff and clients using the packaged demo portal at once, through the UIDL protocol as
 * their browsers would: staff sign in, open the dashboard and page and search the client list;
 * clients sign in on a phone, open their home page and save today's check-in. Run by {@code
 * bench/load/run}; the portal's address and the load come from system properties.
 */
public class PortalSimulation extends Simulation {

  private static final String PORTAL = System.getProperty("portal", "http://127.0.0.1:8080");
  private static final int STAFF = Integer.getInteger("staff", 20);
  private static final int CLIENTS = Integer.getInteger("clients", 50);
  private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("seconds", 60));
  private static final String PASSWORD = System.getProperty("password", "recovery-demo-2026");

  /** Searches a clinician types into the client list; each one pages the list anew. */
  private static final List<String> SEARCHES = List.of("a", "mo", "sam", "", "e");

  private final HttpProtocolBuilder portal =
      http.baseUrl(PORTAL)
          // Gatling's warm-up request would leave loopback; the portal is the only host here.
          .disableWarmUp()
          .acceptLanguageHeader("en-US,en;q=0.9")
          .userAgentHeader("Mozilla/5.0 (Aftercare load test; Gatling)");

  private final ScenarioBuilder staff =
      scenario("staff")
          .exec(signIn("riverside", "clinician@riverside.example"))
          .pause(Duration.ofSeconds(1))
          .exec(Uidl.navigate("dashboard", ""))
          .pause(Duration.ofSeconds(2))
          .exec(Uidl.navigate("clients", ""))
          .exec(
              Uidl.rpc(
                  Uidl.ROUND_TRIP,
                  (ui, rpc) -> Uidl.call(rpc, ui.nodeWithId("clients"), "setViewportRange", 0, 50)))
          .exec(SEARCHES.stream().map(PortalSimulation::search).toList());

  private final ScenarioBuilder clients =
      scenario("client on a phone")
          .exec(signIn("riverside", "client@riverside.example"))
          .pause(Duration.ofSeconds(1))
          .exec(Uidl.navigate("", ""))
          .pause(Duration.ofSeconds(2))
          .exec(
              Uidl.rpc(
                  Uidl.ROUND_TRIP,
                  (ui, rpc) -> {
                    Uidl.typed(rpc, ui.nodeWithId("check-in-mood"), "4");
                    Uidl.typed(rpc, ui.nodeWithId("check-in-craving"), "2");
                    Uidl.typed(rpc, ui.nodeWithId("check-in-used"), "2");
                  }))
          .pause(Duration.ofSeconds(1))
          .exec(
              Uidl.rpc(
                  Uidl.ROUND_TRIP,
                  (ui, rpc) -> Uidl.click(rpc, ui.nodeWithId("save-check-in")),
                  substring("Check-in saved")));

  private static ChainBuilder search(String typed) {
    return Uidl.rpc(
            Uidl.ROUND_TRIP, (ui, rpc) -> Uidl.typed(rpc, ui.nodeWithId("client-search"), typed))
        .pause(Duration.ofMillis(500), Duration.ofSeconds(2));
  }

  /** The login view's form: one UIDL event with the e-mail and password, as Vaadin's form sends. */
  private static ChainBuilder signIn(String clinic, String email) {
    return Uidl.open("login", "clinic=" + clinic)
        .exec(
            Uidl.rpc(
                "sign in",
                (ui, rpc) -> {
                  ObjectNode data = VaadinUi.JSON.createObjectNode();
                  data.put("event.detail.username", email);
                  data.put("event.detail.password", PASSWORD);
                  Uidl.event(rpc, ui.nodeWithTag("vaadin-login-form"), "login", data);
                },
                // Signed in: the main layout with its sign-out button is rendered.
                substring("\"sign-out\"")));
  }

  {
    setUp(
            staff.injectOpen(rampUsers(STAFF).during(RAMP)),
            clients.injectOpen(rampUsers(CLIENTS).during(RAMP)))
        .protocols(portal);
  }
}
