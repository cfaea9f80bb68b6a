package org.aftercare.ui.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.migrations.EmbeddedDatabase;
import org.apache.commons.io.FileUtils;

/**
 * The packaged portal as a user starts it — {@code java @jvm.options -jar aftercare-launcher.jar
 * --demo} — on a free port with a fresh data folder; its output goes to {@code target/<name>.log}
 * ({@code portal-it-<n>.log} for the shared one of test JVM {@code n}).
 */
public final class PackagedPortal {

  /**
   * Four minutes, unless {@code -Daftercare.it.start-timeout=PT8M} says otherwise: on a machine
   * shared by several builds the packaged portal has taken nearly five minutes to start.
   */
  private static final Duration START_TIMEOUT =
      Duration.parse(System.getProperty("aftercare.it.start-timeout", "PT4M"));

  private final Process process;
  private final int port;
  private final GreenMail mailServer;
  private final Path data;

  private final String name;

  /** Every portal's address started in this test JVM, whose data a kept browser must forget. */
  private static final Set<String> ORIGINS = ConcurrentHashMap.newKeySet();

  private PackagedPortal(String name, Process process, int port, GreenMail mailServer, Path data) {
    this.name = name;
    this.process = process;
    this.port = port;
    ORIGINS.add(url(""));
    this.mailServer = mailServer;
    this.data = data;
  }

  /** Staff sessions idle out after this long in the tests, so that the timeout can be watched. */
  static final Duration STAFF_IDLE = Duration.ofSeconds(30);

  private static PackagedPortal shared;

  /**
   * The shared portal's name, and its log's: one per test JVM, numbered as Failsafe numbers its
   * forks ({@code aftercare.it.shared-portal}).
   */
  static final String SHARED_NAME = System.getProperty("aftercare.it.shared-portal", "portal-it-1");

  /** One portal for all browser tests of this test JVM, stopped when the JVM exits. */
  public static synchronized PackagedPortal shared() {
    if (shared == null) {
      // JSON lines, as the chart runs it, so that PortalLogIT reads what a log service would.
      shared = start(SHARED_NAME, List.of("--demo"), Map.of("AFTERCARE_LOG_FORMAT", "json"));
      var portal = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-it-stop"));
    }
    return shared;
  }

  /**
   * A portal of its own for a test that stops it or its database; {@code environment} adds to the
   * settings the shared one has (e.g. {@code AFTERCARE_DB_URL} for a database the test runs).
   */
  public static PackagedPortal start(
      String name, List<String> arguments, Map<String, String> environment) {
    try {
      int port = freePort();
      var mailServer =
          new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mailServer.start();
      Path data = Files.createTempDirectory("aftercare-browser-it");
      var launcherArguments = new ArrayList<>(List.of("--port=" + port, "--data-dir=" + data));
      launcherArguments.addAll(arguments);
      var builder =
          new ProcessBuilder(launcherCommand(List.of(), launcherArguments))
              .redirectErrorStream(true);
      builder.redirectOutput(logOf(name).toFile());
      builder.environment().remove("AFTERCARE_DB_URL");
      var env = builder.environment();
      env.put("AFTERCARE_SESSION_STAFF_IDLE", STAFF_IDLE.toString());
      env.put("AFTERCARE_SESSION_SECURE_COOKIE", "true");
      env.put("AFTERCARE_MAIL_SMTP_HOST", "127.0.0.1");
      env.put("AFTERCARE_MAIL_SMTP_PORT", Integer.toString(mailServer.getSmtp().getPort()));
      env.putAll(environment);
      var portal = new PackagedPortal(name, builder.start(), port, mailServer, data);
      try {
        portal.awaitReady();
      } catch (RuntimeException notReady) {
        // Not left running: the next test would start another beside it on a loaded machine.
        portal.stop();
        throw notReady;
      }
      return portal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The packaged launcher's command line, as every start of it has it (./aftercare run, the image):
   * the portal's JVM options file, then {@code jvmOptions}, then the launcher's {@code arguments}.
   */
  public static List<String> launcherCommand(List<String> jvmOptions, List<String> arguments) {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + Path.of("target", "jvm.options").toAbsolutePath());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(Path.of("target", "aftercare-launcher.jar").toAbsolutePath().toString());
    command.addAll(arguments);
    return command;
  }

  /** The settings that put a portal on {@code database} instead of an embedded one of its own. */
  public static Map<String, String> settingsFor(EmbeddedDatabase database) {
    var app = database.app();
    var owner = database.owner();
    return Map.of(
        "AFTERCARE_DB_URL", app.url(),
        "AFTERCARE_DB_USER", app.user(),
        "AFTERCARE_DB_PASSWORD", app.password(),
        "AFTERCARE_DB_OWNER_USER", owner.user(),
        "AFTERCARE_DB_OWNER_PASSWORD", owner.password());
  }

  /** The portal's last warnings and errors, for a failed test's output. */
  static void printLastErrors() {
    Path log = logOf(SHARED_NAME);
    try {
      List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
      List<String> errors =
          lines.stream()
              .filter(line -> line.contains("SEVERE") || line.contains("WARNING"))
              .toList();
      System.out.printf(
          "The portal's last warnings and errors:%n%s%n",
          String.join("\n", errors.subList(Math.max(0, errors.size() - 15), errors.size())));
    } catch (IOException | RuntimeException e) {
      System.out.println("(the portal's log could not be read: " + e.getMessage() + ")");
    }
  }

  static Set<String> origins() {
    return Set.copyOf(ORIGINS);
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public int port() {
    return port;
  }

  /** Where its output goes: {@code target/<name>.log}. */
  public Path log() {
    return logOf(name);
  }

  private static Path logOf(String name) {
    return Path.of("target", name + ".log");
  }

  /** When its process started. */
  public Instant startedAt() {
    return process.info().startInstant().orElseThrow();
  }

  /** Sends SIGTERM, as Kubernetes does to stop a pod ({@link Process#destroy()} on Linux). */
  public void terminate() {
    process.destroy();
  }

  /** SIGKILL: the process dies where it stands, as on a node failure or an OOM kill. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Whether the process ended within {@code limit}. */
  public boolean exitsWithin(Duration limit) throws InterruptedException {
    return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void awaitReady() {
    var http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The portal exited; see target/" + name + ".log");
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting: the port is not open yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofSeconds(1));
    }
    throw new IllegalStateException("The portal was not ready within " + START_TIMEOUT);
  }

  /** The invitation link in the newest e-mail to this address, waiting for it over SMTP. */
  String linkMailedTo(String address) {
    return linkMailedTo(address, "/invitation");
  }

  /** The link to {@code path} in the newest e-mail to this address. */
  String linkMailedTo(String address, String path) {
    var linkPattern = Pattern.compile("http://\\S+" + Pattern.quote(path) + "\\?\\S+");
    Matcher link = linkPattern.matcher(newestMailTo(address, linkPattern.asPredicate()));
    link.find();
    return link.group();
  }

  /** The subject, a blank line and the text of the newest e-mail to this address. */
  String mailTo(String address) {
    return newestMailTo(address, text -> true);
  }

  /** The newest e-mail to this address whose text passes {@code wanted}, waiting for it. */
  private String newestMailTo(String address, Predicate<String> wanted) {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message :
          List.of(mailServer.getReceivedMessagesForDomain(address)).reversed()) {
        try {
          if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
            String text = message.getSubject() + "\n\n" + message.getContent();
            if (wanted.test(text)) {
              return text;
            }
          }
        } catch (MessagingException | IOException e) {
          throw new IllegalStateException(e);
        }
      }
      sleep(Duration.ofMillis(300));
    }
    throw new IllegalStateException("No e-mail as wanted reached " + address);
  }

  public void stop() {
    mailServer.stop();
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    // Its database (about 70 MB): every test run left eight of them in the temporary folder.
    FileUtils.deleteQuietly(data.toFile());
  }

  /** A port nothing listens on now, for a portal or a protocol peer of a test. */
  public static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
