package org.aftercare.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Clinic staff and clients using the packaged demo portal at once, through the UIDL protocol as
 * their browsers would: staff sign in, open the dashboard, page and search the client list and open
 * a flagged client's record; clients sign in on a phone, open their home page and save today's
 * check-in; facilitators save rosters of past sessions. Run by {@code bench/load/run}; the portal's
 * address and the load come from system properties.
 */
public class PortalSimulation extends Simulation {

  private static final String PORTAL = System.getProperty("portal", "http://127.0.0.1:8080");
  private static final int STAFF = Integer.getInteger("staff", 20);
  private static final int CLIENTS = Integer.getInteger("clients", 50);
  private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("seconds", 60));
  private static final String PASSWORD = System.getProperty("password", "recovery-demo-2026");
  private static final int FACILITATORS = Integer.getInteger("facilitators", 0);
  private static final int SAVES = Integer.getInteger("saves", 20);

  /** How far back the demo clinic's held sessions go (its twelve weeks of history, less one). */
  private static final int WEEKS_BACK = 11;

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
          // The dashboard links the flagged clients' records; the demo clinic has one at least.
          .exec(
              Uidl.remember(
                  "record",
                  (session, ui) ->
                      ui.links("clients/").stream()
                          .findFirst()
                          .orElseThrow(() -> new IllegalStateException("No flagged client"))))
          .pause(Duration.ofSeconds(2))
          .exec(Uidl.navigate("clients", ""))
          .exec(
              Uidl.rpc(
                  Uidl.ROUND_TRIP,
                  (ui, rpc) -> Uidl.call(rpc, ui.nodeWithId("clients"), "setViewportRange", 0, 50)))
          .exec(SEARCHES.stream().map(PortalSimulation::search).toList())
          .exec(
              Uidl.rpc(
                  Uidl.ROUND_TRIP,
                  (session, ui, rpc) -> Uidl.navigateEvent(rpc, session.getString("record"), ""),
                  substring("\"client-title\"")));

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

  /**
   * A facilitator taking rosters: goes one to eleven weeks back in the schedule (by who they are),
   * opens one of that week's sessions and saves its roster, everyone present, {@code saves} times
   * without a pause — what the portal sustains, not what one person does. Two facilitators on one
   * session clash as they would in a clinic: the one refused reloads the session and goes on.
   */
  private final ScenarioBuilder facilitators =
      scenario("facilitator")
          .exec(signIn("riverside", "clinician@riverside.example"))
          .exec(Uidl.navigate("schedule", ""))
          .repeat(session -> 1 + (int) (session.userId() % WEEKS_BACK))
          .on(
              Uidl.rpc(
                  Uidl.ROUND_TRIP, (ui, rpc) -> Uidl.click(rpc, ui.nodeWithId("week-previous"))))
          .exec(
              Uidl.remember(
                  "held",
                  (session, ui) -> {
                    List<String> held = ui.links("sessions/");
                    if (held.isEmpty()) {
                      throw new IllegalStateException("No session in the week shown");
                    }
                    return String.join(" ", held);
                  }))
          .exec(session -> session.set("tried", 0))
          // A cancelled session has no roster: the facilitator opens the week's next one.
          .asLongAs(
              session ->
                  !Uidl.shows(session, "save-roster")
                      && session.getInt("tried") < held(session).size())
          .on(
              exec(session -> {
                    List<String> held = held(session);
                    int tried = session.getInt("tried");
                    return session
                        .set("session", held.get((int) ((session.userId() + tried) % held.size())))
                        .set("tried", tried + 1);
                  })
                  .exec(Uidl.navigate(session -> session.getString("session"), "")))
          .repeat(SAVES)
          .on(
              Uidl.rpc(
                      "roster save",
                      (ui, rpc) -> {
                        Uidl.click(rpc, ui.nodeWithId("mark-all-present"));
                        Uidl.click(rpc, ui.nodeWithId("save-roster"));
                      },
                      substring("Attendance saved").count().saveAs("saved"))
                  .doIf(session -> session.getInt("saved") == 0)
                  .then(
                      exec(session -> {
                            Figures.record("roster not saved", 0);
                            return session;
                          })
                          .exec(Uidl.navigate(session -> session.getString("session"), ""))));

  private static List<String> held(Session session) {
    return List.of(session.getString("held").split(" "));
  }

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
            Stream.of(
                    Map.entry(staff, STAFF),
                    Map.entry(clients, CLIENTS),
                    Map.entry(facilitators, FACILITATORS))
                .filter(people -> people.getValue() > 0)
                .map(
                    people -> people.getKey().injectOpen(rampUsers(people.getValue()).during(RAMP)))
                .toList())
        .protocols(portal);
  }
}
