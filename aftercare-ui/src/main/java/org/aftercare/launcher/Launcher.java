package org.aftercare.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;
import org.aftercare.ui.operations.DrainOnSigterm;
import sun.misc.Signal;

/**
 * {@code java @jvm.options -jar aftercare-launcher.jar [--demo] [--port=8080] [--data-dir=data]
 * [--create-operator=EMAIL]}.
 *
 * <p>With no {@code AFTERCARE_DB_URL}, an embedded PostgreSQL keeps its data in {@code
 * <data-dir>/postgres}; otherwise the external server is used with {@code AFTERCARE_DB_USER}/{@code
 * _PASSWORD} (application role) and, when migrations should run at start, {@code
 * AFTERCARE_DB_OWNER_USER}/{@code _PASSWORD}. Settings reach the application as MicroProfile Config
 * system properties.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private static final AtomicBoolean DRAINING = new AtomicBoolean();

  /** The booted Payara, once deployed: the drain's end stops its listener before it stops. */
  private static volatile PayaraMicroRuntime deployed;

  /** A whole training run: start, first visit, stop, and the JVM writing its AOT cache. */
  private static final Duration TRAINING_LIMIT = Duration.ofMinutes(10);

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    var options = LaunchOptions.from(args, System.getenv());
    if (options.exitWhenReady()) {
      // Payara 7.2025.1's boot can deadlock in hk2, rarely (once in some fifty starts here): a
      // training run, on a throw-away database, ends rather than hold an image build for ever.
      HaltIfStuck.after(
          TRAINING_LIMIT,
          "a training run still going after " + TRAINING_LIMIT.toMinutes() + " minutes");
    }
    Path besideLauncher = launcherDirectory();
    // The portal unpacked (the build's ROOT/): Payara Micro deploys a directory where it lies, and
    // serves it at "/" by that name; a WAR it would expand into this start's folder first.
    Path portal = besideLauncher.resolve("ROOT");
    if (!Files.isDirectory(portal)) {
      throw new IllegalStateException(
          "The portal's folder ROOT (ROOT.war unpacked) not found in " + besideLauncher);
    }
    // Its libraries that Payara need not scan, which ROOT/WEB-INF/payara-web.xml names there.
    if (!Files.isDirectory(besideLauncher.resolve("portal-lib"))) {
      throw new IllegalStateException(
          "The portal's libraries (portal-lib, beside ROOT) not found in " + besideLauncher);
    }

    EmbeddedDatabase embedded = null;
    String databaseDescription;
    if (options.externalDatabaseUrl().isPresent()) {
      databaseDescription = options.externalDatabaseUrl().get();
    } else {
      embedded = EmbeddedDatabase.start(options.dataDirectory().resolve("postgres"), false);
      useDatabase(embedded.app(), embedded.owner());
      defaultUnlessConfigured(
          "aftercare.audit.chain-key",
          KeyFile.readOrCreate(options.dataDirectory().resolve("audit-chain.key")));
      defaultUnlessConfigured(
          "aftercare.sharing.secret-key",
          KeyFile.readOrCreate(options.dataDirectory().resolve("sharing-secret.key")));
      databaseDescription =
          "embedded PostgreSQL 17 in " + options.dataDirectory().resolve("postgres");
    }
    System.setProperty("aftercare.demo", Boolean.toString(options.demo()));
    defaultUnlessConfigured("aftercare.public-url", "http://localhost:" + options.port());
    defaultUnlessConfigured(
        "aftercare.mail.dev-mailbox", options.dataDirectory().resolve("mailbox").toString());
    options.operatorEmail().ifPresent(Launcher::askForOperatorPassword);
    options
        .operatorToUnlock()
        .ifPresent(email -> System.setProperty("aftercare.setup.unlock-operator", email));

    PayaraRoot root = PayaraRoot.freshFrom(besideLauncher.resolve("payara"));
    root.bootProperties().forEach((key, value) -> System.getProperties().putIfAbsent(key, value));
    PayaraMicro payara =
        PayaraMicro.getInstance()
            .setRootDir(root.directory().toFile())
            .setHttpPort(options.port())
            .setPrintLogo(false)
            .addDeploymentFile(portal.toFile());
    // No Hazelcast at all (its start was about 2 s of every start): instances share nothing but
    // the database (sessions stay in their instance, the ingress keeps a user there), and the
    // timers are not persistent, so Payara's persistent timer store, which this turns into a
    // dummy, holds none. Not with setNoCluster, which Payara checks first and then ignores this.
    payara.setNoHazelcast(true);
    if (options.jsonLogs()) {
      System.setProperty("aftercare.log.format", "json");
      payara.setLogPropertiesFile(logJsonLines(root.loggingProperties()).toFile());
    }
    // Registered before booting, so that SIGTERM during a slow start still stops PostgreSQL.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(stopping(payara, embedded, root, graceOf(options)), "aftercare-stop"));
    Signal.handle(new Signal("TERM"), Launcher::drainThenExit);
    PayaraMicroRuntime runtime = payara.bootStrap();
    if (runtime.getDeployedApplicationNames().isEmpty() || !portalStarted()) {
      LOG.severe("The portal failed to deploy; the log above says why. Stopping.");
      System.exit(1);
    }
    deployed = runtime;
    if (embedded != null) {
      // The portal migrated the schema while deploying; from now on it runs on the application
      // role alone.
      embedded.closeOwnerLogin();
    }

    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(
        String.format(
            Locale.ROOT,
            "Aftercare is ready on http://localhost:%d/ (database: %s) after %.1f s",
            options.port(),
            databaseDescription,
            seconds));
    if (options.exitWhenReady()) {
      // A training run (helm/image/Containerfile): what a first visitor makes the portal do, then
      // the JVM exits, and writes its AOT cache. One trained on error pages is refused.
      System.exit(firstVisitServed(options.port()) ? 0 : 1);
    }
  }

  private static boolean firstVisitServed(int port) throws IOException, InterruptedException {
    try (var client = HttpClient.newHttpClient()) {
      boolean served = true;
      for (String page : List.of("/login", "/health/ready")) {
        var response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .timeout(Duration.ofSeconds(60))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        LOG.info("First visit: " + page + " answered " + response.statusCode());
        served &= response.statusCode() == 200;
      }
      return served;
    }
  }

  /**
   * Whether the portal's web module came up: Payara lists an application whose start failed (the
   * schema or the demo seed refused, say) as deployed and answers every request with 500, so the
   * launcher looks for what the module registers once it is initialised, the drain's MBean.
   */
  private static boolean portalStarted() {
    try {
      return ManagementFactory.getPlatformMBeanServer()
          .isRegistered(new ObjectName(DrainOnSigterm.OBJECT_NAME));
    } catch (JMException e) {
      return false;
    }
  }

  /**
   * System properties outrank environment variables in MicroProfile Config, so a launcher default
   * is set only where the environment says nothing.
   */
  private static void defaultUnlessConfigured(String key, String value) {
    String environmentName = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    if (System.getenv(environmentName) == null && System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static void useDatabase(DatabaseLogin app, DatabaseLogin owner) {
    System.setProperty("aftercare.db.url", app.url());
    System.setProperty("aftercare.db.user", app.user());
    System.setProperty("aftercare.db.password", app.password());
    System.setProperty("aftercare.db.owner-user", owner.user());
    System.setProperty("aftercare.db.owner-password", owner.password());
  }

  /** The password never goes on the command line, where other users could read it. */
  private static void askForOperatorPassword(String email) {
    String password = System.getenv("AFTERCARE_SETUP_OPERATOR_PASSWORD");
    Console console = System.console();
    if (password == null && console != null) {
      char[] typed = console.readPassword("Password for platform operator %s: ", email);
      password = typed == null ? null : new String(typed);
    }
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException(
          "The operator needs a password of at least 12 characters (prompted, or"
              + " AFTERCARE_SETUP_OPERATOR_PASSWORD)");
    }
    System.setProperty("aftercare.setup.operator-email", email);
    System.setProperty("aftercare.setup.operator-password", password);
  }

  /**
   * SIGTERM (Kubernetes, systemd, {@code kill}) drains the portal before the JVM's shutdown hooks
   * stop Payara: readiness goes down, requests and timer runs under way finish. Without this
   * handler the JVM would run Payara's own hook at once, and it closes connections mid-request.
   * Before the portal has deployed there is nothing to drain, and the process stops as before. A
   * second SIGTERM while draining stops it at once.
   */
  private static void drainThenExit(Signal signal) {
    int exitStatus = 128 + signal.getNumber();
    if (!DRAINING.compareAndSet(false, true)) {
      System.exit(exitStatus);
    }
    try {
      var server = ManagementFactory.getPlatformMBeanServer();
      var drain = new ObjectName(DrainOnSigterm.OBJECT_NAME);
      if (server.isRegistered(drain)) {
        server.invoke(drain, "drain", new Object[0], new String[0]);
      }
    } catch (JMException | RuntimeException e) {
      LOG.log(Level.WARNING, "Draining failed; stopping anyway", e);
    }
    stopListening();
    System.exit(exitStatus);
  }

  /**
   * Closes the HTTP listener once the drain is over, so that a request still arriving is refused a
   * connection (a load balancer tries another instance) rather than reaching an application being
   * taken down, which Payara answers with 500.
   */
  private static void stopListening() {
    if (deployed == null) {
      return;
    }
    try {
      LocalAdminCommand.run(
          "set",
          "configs.config.server-config.network-config.network-listeners"
              + ".network-listener.http-listener.enabled=false");
      LOG.info("Stopping: listener closed");
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Stopping without closing the listener first", e);
    }
  }

  /**
   * A training run's JVM writes its AOT cache after the shutdown hooks, which took 16 s here and
   * may take longer on an image builder: its stop gets more time before it is halted.
   */
  private static Duration graceOf(LaunchOptions options) {
    return options.exitWhenReady() ? HaltIfStuck.GRACE.multipliedBy(4) : HaltIfStuck.GRACE;
  }

  private static Runnable stopping(
      PayaraMicro payara, EmbeddedDatabase embedded, PayaraRoot root, Duration haltAfter) {
    return () -> {
      HaltIfStuck.after(haltAfter);
      try {
        payara.shutdown();
      } catch (BootstrapException | RuntimeException e) {
        LOG.warning("Payara did not stop cleanly: " + e.getMessage());
      }
      if (embedded != null) {
        embedded.close();
      }
      try {
        root.close();
      } catch (UncheckedIOException e) {
        LOG.warning("This start's Payara directory was not removed: " + e.getMessage());
      }
    };
  }

  /**
   * Payara's own logging properties, in this start's copy, with its JSON formatter on the console:
   * one object per line for a log collector, with what the portal adds per request ({@code
   * JsonLogFields}).
   */
  private static Path logJsonLines(Path loggingProperties) throws IOException {
    var properties = PayaraRoot.load(loggingProperties);
    properties.setProperty(
        "java.util.logging.ConsoleHandler.formatter",
        "fish.payara.enterprise.server.logging.JSONLogFormatter");
    try (var out = Files.newOutputStream(loggingProperties)) {
      properties.store(out, "Aftercare: JSON lines on the console");
    }
    return loggingProperties;
  }

  private static Path launcherDirectory() {
    try {
      return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
