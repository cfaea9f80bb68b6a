package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Two portal instances on one database, as the chart runs them with {@code replicaCount: 2}: both
 * run the timers, and what the outbox holds reaches its receiver exactly once — a webhook endpoint
 * on loopback counts each delivery's {@code webhook-id} while both instances' relays compete for
 * the same queue. Each instance serves the sessions signed in on it; a session cookie of one means
 * nothing to the other, which is why the ingress keeps a browser on one instance. Last, one
 * instance is killed mid-delivery and the other finishes its work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoPortalsBrowserIT {

  private static final int DELIVERIES = 120;

  private static EmbeddedDatabase database;
  private static PackagedPortal first;
  private static PackagedPortal second;
  private static HttpServer receiver;
  private static final ConcurrentMap<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private static final AtomicLong answerMillis = new AtomicLong(40);

  @RegisterExtension final BrowserSession browsers = new BrowserSession();

  @BeforeAll
  static void startTwoPortalsOnOneDatabase() throws IOException {
    int databasePort;
    try (var socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
    database =
        EmbeddedDatabase.startThrowaway(
            Files.createTempDirectory("aftercare-two-portals-it"), databasePort);
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          String id = exchange.getRequestHeaders().getFirst("webhook-id");
          received.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          sleep(Duration.ofMillis(answerMillis.get()));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    // One thread per request, as a real receiver answers: on the server's single default thread
    // the kill test's one-second answers queued behind each other past the relays' 15 s timeout,
    // and what timed out waited for its retry (30 s, then 60 s) beyond the test's deadline.
    receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    receiver.start();

    String key = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
    var settings = new HashMap<>(PackagedPortal.settingsFor(database));
    settings.putAll(
        Map.of(
            "AFTERCARE_AUDIT_CHAIN_KEY",
            key + key,
            "AFTERCARE_SHARING_SECRET_KEY",
            key,
            "AFTERCARE_SHARING_ALLOW_LOOPBACK_HTTP",
            "true",
            // A killed instance's claims are free again this soon (default 120 s).
            "AFTERCARE_SHARING_LEASE_SECONDS",
            "15"));
    first = PackagedPortal.start("portal-first-it", List.of("--demo"), settings);
    second = PackagedPortal.start("portal-second-it", List.of(), settings);
  }

  @AfterAll
  static void stop() {
    for (var portal : new PackagedPortal[] {first, second}) {
      if (portal != null) {
        portal.stop();
      }
    }
    if (receiver != null) {
      receiver.stop(0);
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void eachQueuedDeliveryReachesItsReceiverOnceWhileBothInstancesRelay() throws Exception {
    var admin = browsers.open();
    new LoginPage(admin, first).signIn("riverside", "admin@riverside.example");
    addWebhookEndpoint(admin, address());

    List<String> queued = queueDeliveries(address(), DELIVERIES);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!received.keySet().containsAll(queued) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    // Time for a second delivery of any of them, were one to come.
    Thread.sleep(Duration.ofSeconds(20));

    assertThat(received.keySet()).containsAll(queued);
    assertThat(received)
        .allSatisfy((id, times) -> assertThat(times.get()).as("deliveries of " + id).isOne());
    assertThat(deliveredRows(address())).isEqualTo(DELIVERIES);
    for (var portal : List.of(first, second)) {
      assertThat(upkeepRuns(portal, "webhook deliveries"))
          .as("the relay ran on " + portal.url("/"))
          .isPositive();
    }
  }

  @Test
  @Order(2)
  void eachInstanceServesTheSessionsSignedInOnIt() {
    var onFirst = browsers.open();
    new LoginPage(onFirst, first).signIn("riverside", "clinician@riverside.example");
    var onSecond = browsers.open();
    new LoginPage(onSecond, second).signIn("riverside", "clinician@riverside.example");

    onSecond.go(second.url("/clients"));
    onSecond.waitFor(By.id("clients"));

    // The first instance's session carried to the second: the second knows nothing of it.
    var carried = browsers.open();
    carried.go(second.url("/login"));
    carried.replaceSessionId(onFirst.sessionId());
    carried.go(second.url("/clients"));
    carried.waitFor(By.tagName("vaadin-login-form"));
  }

  /**
   * {@code kill -9} of one instance while it delivers: what it had claimed is taken up by the other
   * once the lease runs out, so nothing is lost. A delivery the receiver had answered but the dead
   * instance had not yet recorded goes again, under the same {@code webhook-id}, which is how an
   * idempotent receiver knows it: at most the batches in hand at the kill.
   */
  @Test
  @Order(3)
  void whatAKilledInstanceHadInHandIsDeliveredByTheOtherUnderTheSameIds() throws Exception {
    answerMillis.set(1000);
    List<String> queued = queueDeliveries(address(), 80);
    Instant started = Instant.now();
    while (queued.stream().filter(received::containsKey).count() < 6
        && Duration.between(started, Instant.now()).toSeconds() < 60) {
      Thread.sleep(100);
    }

    first.kill();
    // What the dead instance held comes free when its lease runs out (15 s), at the survivor's next
    // relay run (every 15 s); the receiver may have had it already, the outbox not yet.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while ((!received.keySet().containsAll(queued) || deliveredRows(address()) < DELIVERIES + 80)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
    }

    assertThat(received.keySet()).as("every queued delivery arrived").containsAll(queued);
    assertThat(deliveredRows(address())).isEqualTo(DELIVERIES + 80);
    long again = queued.stream().filter(id -> received.get(id).get() > 1).count();
    assertThat(again).as("deliveries sent again after the kill").isLessThanOrEqualTo(16);
  }

  private static String address() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
  }

  private static void addWebhookEndpoint(Browser admin, String address) {
    admin.go(first.url("/webhooks"));
    admin.waitFor(By.id("webhook-endpoints"));
    admin.click(By.id("add-webhook"));
    admin.type(By.cssSelector("#webhook-url input"), address);
    admin.click(
        By.xpath(
            "//*[@id='webhook-events']//vaadin-checkbox[starts-with(normalize-space(),"
                + " 'A client is enrolled')]"));
    admin.click(By.id("save-webhook"));
    admin.waitFor(By.id("webhook-secret"));
    admin.click(By.id("webhook-secret-done"));
  }

  /**
   * Queues the deliveries as the clinic's own events would, written straight into the outbox under
   * the clinic's row security: many at once, so that both relays find work in the same runs.
   */
  private static List<String> queueDeliveries(String address, int count) throws SQLException {
    try (Connection owner = connect(database.owner())) {
      enterClinic(owner, "riverside");
      String subscription;
      try (var find = owner.prepareStatement("select id from webhook_subscription where url = ?")) {
        find.setString(1, address);
        try (var rows = find.executeQuery()) {
          rows.next();
          subscription = rows.getString(1);
        }
      }
      var ids = new java.util.ArrayList<String>();
      try (var insert =
          owner.prepareStatement(
              "insert into webhook_delivery (id, tenant_id, subscription_id, event_type, payload,"
                  + " status, next_attempt_at, created_at) values (?::uuid,"
                  + " current_setting('app.tenant_id')::uuid, ?::uuid, 'client.enrolled', ?,"
                  + " 'QUEUED', now(), now())")) {
        for (int i = 0; i < count; i++) {
          String id = UUID.randomUUID().toString();
          insert.setString(1, id);
          insert.setString(2, subscription);
          insert.setString(3, "{\"type\":\"client.enrolled\",\"data\":{\"n\":\"" + i + "\"}}");
          insert.addBatch();
          ids.add(id);
        }
        insert.executeBatch();
      }
      return ids;
    }
  }

  private static int deliveredRows(String address) throws SQLException {
    try (Connection owner = connect(database.owner())) {
      enterClinic(owner, "riverside");
      try (var count =
          owner.prepareStatement(
              "select count(*) from webhook_delivery d join webhook_subscription s"
                  + " on s.id = d.subscription_id where s.url = ? and d.status = 'DELIVERED'")) {
        count.setString(1, address);
        try (var rows = count.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    }
  }

  private static void enterClinic(Connection connection, String slug) throws SQLException {
    try (var set =
        connection.prepareStatement(
            "select set_config('app.tenant_id', (select id::text from tenant where slug = ?),"
                + " false)")) {
      set.setString(1, slug);
      set.execute();
    }
  }

  private static Connection connect(DatabaseLogin login) throws SQLException {
    return DriverManager.getConnection(login.url(), login.user(), login.password());
  }

  private static double upkeepRuns(PackagedPortal portal, String job) throws Exception {
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url("/metrics"))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var line =
        Pattern.compile(
                "(?m)^aftercare_upkeep_runs_total\\{job=\""
                    + job
                    + "\",mp_scope=\"application\"\\} (\\S+)$")
            .matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
