package org.aftercare.bench.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.migrations.EmbeddedDatabase;

/**
 * The fault runs of issue 15 against the packaged portal, in order, on one embedded PostgreSQL and
 * one MLLP engine on loopback: (1) {@code kill -9} while the relay drains a backlog, then a
 * restart; (2) the engine down for a while, with one message it always refuses; (3) PostgreSQL
 * stopped and started under REST API traffic and roster saves; (4) SIGTERM under that traffic.
 * Prints each run's figures; fails nothing.
 *
 * <p>Arguments: {@code --jar=PATH} (the launcher), {@code --out=DIR} (emptied first; logs and the
 * database), {@code MESSAGES=200}, {@code DOWN=150} (seconds the engine is down), {@code
 * DB_DOWN=15} (seconds the database is down), {@code ONLY=1234} (which runs).
 */
public final class FaultsBench {

  /** Held so that its level stays set: the driver's reconnect noise is not the bench's output. */
  private static final Logger POSTGRES = Logger.getLogger("org.postgresql");

  private static final Pattern ROSTER_LINE =
      Pattern.compile("\"clientId\":\"([0-9a-f-]{36})\"[^}]*?\"version\":(-?\\d+)");

  private final Path jar;
  private final Path out;
  private final int messages;
  private final Duration engineDown;
  private final Duration databaseDown;
  private final int databasePort;
  private final String scenarios;
  private EmbeddedDatabase database;
  private LoopbackEngine engine;
  private CareTeamBacklog backlog;
  private Portal portal;
  private int starts;

  private FaultsBench(Map<String, String> options) throws IOException {
    jar = Path.of(options.getOrDefault("--jar", "aftercare-ui/target/aftercare-launcher.jar"));
    out = Path.of(options.getOrDefault("--out", "bench/target/faults"));
    messages = Integer.parseInt(options.getOrDefault("MESSAGES", "200"));
    engineDown = Duration.ofSeconds(Long.parseLong(options.getOrDefault("DOWN", "150")));
    databaseDown = Duration.ofSeconds(Long.parseLong(options.getOrDefault("DB_DOWN", "15")));
    scenarios = options.getOrDefault("ONLY", "1234");
    try (var socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
  }

  public static void main(String[] args) throws Exception {
    POSTGRES.setLevel(Level.OFF);
    var options = new HashMap<String, String>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    var bench = new FaultsBench(options);
    System.out.println("load average before: " + loadAverage());
    try {
      bench.run();
    } finally {
      bench.stopAll();
      System.out.println("load average after: " + loadAverage());
    }
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    database = EmbeddedDatabase.startThrowaway(out.resolve("postgres"), databasePort);
    // Each answer waits 100 ms and the relay sends two at once: 200 messages take about ten
    // seconds to drain, so the kill lands in the middle.
    engine = new LoopbackEngine(Duration.ofMillis(100)).start();
    portal = startPortal();
    backlog = CareTeamBacklog.connect(database.owner(), "riverside", engine.port());
    if (scenarios.contains("1")) {
      killWhileDelivering();
    }
    if (scenarios.contains("2")) {
      engineDownForAWhile();
    }
    if (scenarios.contains("3")) {
      databaseRestartUnderLoad();
    }
    if (scenarios.contains("4")) {
      terminateUnderLoad();
    }
  }

  /** (1) SIGKILL mid-drain; after a restart on the same database every message arrives. */
  private void killWhileDelivering() throws Exception {
    List<UUID> queued = backlog.queue(messages);
    long queuedAt = System.nanoTime();
    awaitTrue(Duration.ofSeconds(90), () -> arrived(queued).size() >= messages / 4);
    int arrivedBeforeKill = arrived(queued).size();
    long deliveredBeforeKill = count(backlog.statuses(queued), "DELIVERED");
    String atKill = backlog.outcomes(queued);
    portal.kill();
    long killedAt = System.nanoTime();
    portal = startPortal();
    long readyAt = System.nanoTime();
    awaitTrue(
        Duration.ofMinutes(4),
        () -> count(backlog.statuses(queued), "QUEUED") == 0 && arrived(queued).size() == messages);
    long drainedAt = System.nanoTime();
    Map<String, Integer> arrivals = engine.arrivals();
    int duplicates = 0;
    int lost = 0;
    for (UUID id : queued) {
      int times = arrivals.getOrDefault(CareTeamBacklog.controlId(id), 0);
      duplicates += Math.max(0, times - 1);
      lost += times == 0 ? 1 : 0;
    }
    var statuses = backlog.statuses(queued);
    System.out.printf(
        "1. kill -9 while the relay delivers (HL7 v2 over MLLP to a loopback engine, 2 at a time):%n"
            + "   queued %d; at the kill %d had reached the engine, %d were marked delivered;%n"
            + "   in the database at the kill: %s%n"
            + "   after the restart: delivered %d, distinct at the engine %d, duplicates %d, lost"
            + " %d; other statuses %s%n"
            + "   restart to ready %.1f s, ready to drained %.1f s (kill to drained %.1f s;"
            + " queued to drained %.1f s)%n",
        messages,
        arrivedBeforeKill,
        deliveredBeforeKill,
        atKill,
        count(statuses, "DELIVERED"),
        arrived(queued).size(),
        duplicates,
        lost,
        others(statuses, "DELIVERED"),
        seconds(killedAt, readyAt),
        seconds(readyAt, drainedAt),
        seconds(killedAt, drainedAt),
        seconds(queuedAt, drainedAt));
  }

  /** (2) The engine refuses connections, then comes back; one message it always rejects. */
  private void engineDownForAWhile() throws Exception {
    String ageBefore = oldestQueuedAge();
    engine.stop();
    long downAt = System.nanoTime();
    List<UUID> queued = backlog.queue(messages / 2);
    UUID poison = backlog.queue(1).getFirst();
    engine.refuse(CareTeamBacklog.controlId(poison));
    long highest = 0;
    while (System.nanoTime() - downAt < engineDown.toNanos()) {
      Thread.sleep(Duration.ofSeconds(10));
      highest = Math.max(highest, parseLong(oldestQueuedAge()));
    }
    engine.start();
    long backAt = System.nanoTime();
    var all = new ArrayList<>(queued);
    all.add(poison);
    awaitTrue(Duration.ofMinutes(6), () -> count(backlog.statuses(all), "QUEUED") == 0);
    long drainedAt = System.nanoTime();
    // The gauge is read from the database at most once per scrape; wait out a cached figure.
    String ageAfter = oldestQueuedAge();
    for (int i = 0; i < 10 && parseLong(ageAfter) > 0; i++) {
      Thread.sleep(Duration.ofSeconds(2));
      ageAfter = oldestQueuedAge();
    }
    var statuses = backlog.statuses(queued);
    System.out.printf(
        "2. engine down %d s (connections refused), %d summaries and 1 poison message queued:%n"
            + "   after it came back: delivered %d of %d (others %s) in %.1f s; poison message %s"
            + " after %d arrival(s)%n"
            + "   oldest queued message's age (/metrics): %s s before, up to %d s while down, %s s"
            + " after%n",
        engineDown.toSeconds(),
        queued.size(),
        count(statuses, "DELIVERED"),
        queued.size(),
        others(statuses, "DELIVERED"),
        seconds(backAt, drainedAt),
        backlog.statuses(List.of(poison)).get(poison),
        engine.arrivals().getOrDefault(CareTeamBacklog.controlId(poison), 0),
        ageBefore,
        highest,
        ageAfter);
  }

  /**
   * (3) PostgreSQL stopped and started again under REST API reads (10 a second) and roster saves
   * (one after another): errors only while it is down, the time to the first success after it is
   * back, and every roster line written by the same save.
   */
  private void databaseRestartUnderLoad() throws Exception {
    var requests =
        new Requests(
            portal.url("/api/v1"),
            backlog.apiToken("groups.read attendance.read attendance.write"));
    UUID session = openRoster(requests);
    Map<UUID, String> before = backlog.attendanceOf(session);
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    var readers = Executors.newScheduledThreadPool(1);
    var inFlight = Executors.newVirtualThreadPerTaskExecutor();
    readers.scheduleAtFixedRate(
        () -> inFlight.submit(() -> requests.send("read", "GET", "/groups", null)),
        0,
        100,
        TimeUnit.MILLISECONDS);
    var saves = new int[1];
    Thread writer =
        Thread.ofVirtual()
            .start(
                () -> {
                  for (int i = 0; !stop.get(); i++) {
                    if (saveRoster(requests, session, i % 2 == 0 ? "ABSENT" : "PRESENT")) {
                      saves[0]++;
                    }
                    sleepQuietly(Duration.ofMillis(100));
                  }
                });
    Thread.sleep(Duration.ofSeconds(10));
    long downAt = System.nanoTime();
    database.close();
    Thread.sleep(databaseDown);
    database = EmbeddedDatabase.startThrowaway(out.resolve("postgres"), databasePort);
    long upAt = System.nanoTime();
    Thread.sleep(Duration.ofSeconds(40));
    readers.shutdownNow();
    stop.set(true);
    writer.join();
    inFlight.close();
    List<Requests.Outcome> all = requests.outcomes();
    long recoveredAt =
        all.stream()
            .filter(o -> o.started() > upAt && o.succeeded())
            .mapToLong(Requests.Outcome::ended)
            .min()
            .orElse(Long.MAX_VALUE);
    Map<UUID, String> after = backlog.attendanceOf(session);
    System.out.printf(
        "3. PostgreSQL stopped for %d s under 10 REST reads/s and back-to-back roster saves:%n"
            + "   before the stop: %s%n"
            + "   stop to recovery: %s%n"
            + "   after recovery: %s%n"
            + "   first success %.1f s after PostgreSQL was back; %d roster saves answered 200;"
            + " roster %s%n",
        databaseDown.toSeconds(),
        Requests.statuses(all, o -> o.ended() < downAt),
        Requests.statuses(all, o -> o.ended() >= downAt && o.ended() <= recoveredAt),
        Requests.statuses(all, o -> o.ended() > recoveredAt),
        seconds(upAt, recoveredAt),
        saves[0],
        wholeSaves(before, after));
  }

  /** (4) SIGTERM under 8 clients' back-to-back reads: how the requests under way ended. */
  private void terminateUnderLoad() throws Exception {
    var requests =
        new Requests(portal.url("/api/v1"), backlog.apiToken("groups.read attendance.read"));
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    var clients = new ArrayList<Thread>();
    for (int i = 0; i < 8; i++) {
      clients.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    while (!stop.get()) {
                      requests.send("read", "GET", "/groups", null);
                    }
                  }));
    }
    Thread.sleep(Duration.ofSeconds(5));
    long signalledAt = System.nanoTime();
    portal.terminate();
    boolean exited = portal.exitsWithin(Duration.ofSeconds(60));
    long exitedAt = System.nanoTime();
    stop.set(true);
    for (Thread client : clients) {
      client.join();
    }
    List<Requests.Outcome> all = requests.outcomes();
    System.out.printf(
        "4. SIGTERM under 8 clients' back-to-back REST reads:%n"
            + "   before the signal: %s%n"
            + "   under way at the signal: %s%n"
            + "   sent during the drain: %s%n"
            + "   %s %.1f s after the signal%n",
        Requests.statuses(all, o -> o.ended() < signalledAt),
        Requests.statuses(all, o -> o.started() < signalledAt && o.ended() >= signalledAt),
        Requests.statuses(all, o -> o.started() >= signalledAt),
        exited ? "exited" : "still running",
        seconds(signalledAt, exitedAt));
  }

  /** The first held session whose roster saves: its lines are all marked PRESENT once. */
  private UUID openRoster(Requests requests) throws Exception {
    for (UUID session : backlog.heldSessions()) {
      if (saveRoster(requests, session, "PRESENT")) {
        return session;
      }
    }
    throw new IllegalStateException("No held session of the demo clinic takes a roster");
  }

  /** Reads the roster and saves every line with {@code status}; whether the save answered 200. */
  private static boolean saveRoster(Requests requests, UUID session, String status) {
    String roster = requests.send("roster read", "GET", "/sessions/" + session + "/roster", null);
    if (roster == null) {
      return false;
    }
    var entries = new ArrayList<String>();
    Matcher line = ROSTER_LINE.matcher(roster);
    while (line.find()) {
      entries.add(
          "{\"clientId\":\"%s\",\"status\":\"%s\",\"version\":%s}"
              .formatted(line.group(1), status, line.group(2)));
    }
    if (entries.size() < 2) {
      return false;
    }
    requests.send(
        "roster save",
        "PUT",
        "/sessions/" + session + "/roster",
        "{\"entries\":[" + String.join(",", entries) + "]}");
    var outcomes = requests.outcomes();
    return outcomes.getLast().succeeded();
  }

  /** Whether every line moved by the same number of saves and holds the same status. */
  private static String wholeSaves(Map<UUID, String> before, Map<UUID, String> after) {
    var steps = new java.util.TreeSet<Long>();
    var statuses = new java.util.TreeSet<String>();
    after.forEach(
        (client, line) -> {
          String[] now = line.split(" ");
          long was = Long.parseLong(before.getOrDefault(client, "- -1").split(" ")[1]);
          steps.add(Long.parseLong(now[1]) - was);
          statuses.add(now[0]);
        });
    return (steps.size() == 1 && statuses.size() == 1 ? "whole" : "PARTIAL WRITES")
        + " ("
        + after.size()
        + " lines; saves per line "
        + steps
        + ", statuses "
        + statuses
        + ")";
  }

  private Portal startPortal() throws IOException, InterruptedException {
    var app = database.app();
    var owner = database.owner();
    return Portal.start(
        jar.toAbsolutePath(),
        out.resolve("portal-data"),
        out.resolve("portal-" + ++starts + ".log"),
        Map.of(
            "AFTERCARE_DB_URL",
            app.url(),
            "AFTERCARE_DB_USER",
            app.user(),
            "AFTERCARE_DB_PASSWORD",
            app.password(),
            "AFTERCARE_DB_OWNER_USER",
            owner.user(),
            "AFTERCARE_DB_OWNER_PASSWORD",
            owner.password(),
            "AFTERCARE_SHARING_ALLOW_LOOPBACK_HTTP",
            "true",
            "AFTERCARE_SHARING_PARALLEL_DELIVERIES",
            "2",
            // A killed relay's leases are taken over after this long instead of 120 s.
            "AFTERCARE_SHARING_LEASE_SECONDS",
            "20",
            "AFTERCARE_API_REQUESTS_PER_SECOND",
            "1000",
            "AFTERCARE_API_BURST",
            "1000"));
  }

  private String oldestQueuedAge() {
    Matcher age =
        Pattern.compile(
                "(?m)^aftercare_deliveries_oldest_queued_seconds\\{[^}]*queue=\"care_team\"[^}]*\\}"
                    + " (\\S+)")
            .matcher(portal.metrics());
    return age.find() ? String.valueOf((long) Double.parseDouble(age.group(1))) : "?";
  }

  private List<String> arrived(List<UUID> ids) {
    Map<String, Integer> arrivals = engine.arrivals();
    return ids.stream().map(CareTeamBacklog::controlId).filter(arrivals::containsKey).toList();
  }

  private void stopAll() throws InterruptedException {
    if (portal != null && portal.isRunning()) {
      portal.kill();
    }
    if (engine != null) {
      engine.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(Duration limit, Condition condition) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Not within " + limit);
      }
      Thread.sleep(Duration.ofMillis(250));
    }
  }

  private static long count(Map<UUID, String> statuses, String status) {
    return statuses.values().stream().filter(status::equals).count();
  }

  private static Map<String, Long> others(Map<UUID, String> statuses, String expected) {
    var others = new java.util.TreeMap<String, Long>();
    statuses.values().stream()
        .filter(s -> !s.equals(expected))
        .forEach(s -> others.merge(s, 1L, Long::sum));
    return others;
  }

  private static long parseLong(String figure) {
    try {
      return Long.parseLong(figure);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String loadAverage() {
    try {
      String[] figures = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return figures[0] + " " + figures[1] + " " + figures[2];
    } catch (IOException e) {
      return "?";
    }
  }
}
