package org.aftercare.testing.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Payara Micro for the integration tests, started once per test JVM and kept while every test class
 * deploys the same archive (each class cleans its own data; the database is shared anyway). A class
 * whose archive differs gets a fresh instance.
 *
 * <p>Why not Payara's own managed connector: it starts an instance per test class and decides the
 * deployment is ready by parsing the instance's log as it is written; reading a half-written
 * "Deployed" block failed every test of a class by chance. Here readiness is decided only by the
 * test servlet answering over HTTP; the log is merely watched so that a deployment that failed is
 * reported at once instead of after the start-up timeout.
 */
public class SharedPayaraMicro implements DeployableContainer<SharedPayaraMicroConfiguration> {

  private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

  /** The servlet Arquillian's Servlet 5 protocol adds to every test archive. */
  static final String TEST_SERVLET = "ArquillianServletRunnerEE9";

  private static final Path WORK = Path.of("target", "payara-it");

  private SharedPayaraMicroConfiguration configuration;
  private RunningInstance running;
  private int started;

  @Override
  public Class<SharedPayaraMicroConfiguration> getConfigurationClass() {
    return SharedPayaraMicroConfiguration.class;
  }

  @Override
  public void setup(SharedPayaraMicroConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription("Servlet 5.0");
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    String fingerprint = ArchiveFingerprint.of(archive);
    if (running != null && running.serves(fingerprint)) {
      return running.metadata();
    }
    stopRunning();
    try {
      running = start(archive, fingerprint);
    } catch (DeploymentException stalled) {
      if (reachedDeployment(archive)) {
        throw stalled;
      }
      // Seen in a full run on this 2-core machine, when Payara Micro still started Hazelcast: it
      // fell silent right after setting Hazelcast up and never reached the deployment. It is
      // started once more; a deployment that fails on its own is not tried again.
      LOG.warning(() -> "Payara Micro stalled before deploying; starting it once more");
      running = start(archive, fingerprint);
    }
    return running.metadata();
  }

  /**
   * The instance stays up for the next test class; {@link #stop()} ends it with the run. (So a test
   * cannot undeploy on purpose, with {@code Deployer}: none here does.)
   */
  @Override
  public void undeploy(Archive<?> archive) {}

  @Override
  public synchronized void stop() {
    stopRunning();
  }

  private RunningInstance start(Archive<?> archive, String fingerprint) throws DeploymentException {
    try {
      Files.createDirectories(WORK);
      started++;
      Path war = WORK.resolve(archive.getName());
      archive.as(ZipExporter.class).exportTo(war.toFile(), true);
      Path log = WORK.resolve("payara-micro-" + started + ".log");
      int port = freePort();
      var command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              Path.of(configuration.getMicroJar()).toAbsolutePath().toString(),
              // As the launcher runs it: without Hazelcast (see Launcher).
              "--nohazelcast",
              "--port",
              Integer.toString(port),
              "--deploy",
              war.toAbsolutePath().toString());
      Instant begun = Instant.now();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      var instance =
          new RunningInstance(
              process, port, contextRootOf(archive), fingerprint, log, shutdownHook(process));
      instance.awaitDeployed(Duration.ofSeconds(configuration.getStartupTimeoutInSeconds()));
      LOG.info(
          () ->
              "Payara Micro ready on port "
                  + port
                  + " in "
                  + Duration.between(begun, Instant.now()).toMillis()
                  + " ms (log: "
                  + log
                  + ")");
      return instance;
    } catch (IOException e) {
      throw new DeploymentException("Could not start Payara Micro", e);
    }
  }

  private void stopRunning() {
    if (running != null) {
      running.stop();
      running = null;
    }
  }

  /** Whether the last start's log shows Payara Micro at work on the application at all. */
  private boolean reachedDeployment(Archive<?> archive) {
    Path log = WORK.resolve("payara-micro-" + started + ".log");
    try {
      return Files.readString(log).contains(archive.getName().replaceFirst("\\.war$", ""));
    } catch (IOException e) {
      return true;
    }
  }

  /** Payara Micro deploys {@code name.war} at {@code /name}. */
  private static String contextRootOf(Archive<?> archive) {
    return "/" + archive.getName().replaceFirst("\\.war$", "");
  }

  /** Should the test JVM end without {@link #stop()}, the instance must not outlive it. */
  private static Thread shutdownHook(Process process) {
    var hook = new Thread(process::destroyForcibly, "payara-micro-it-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record RunningInstance(
      Process process,
      int port,
      String contextRoot,
      String fingerprint,
      Path log,
      Thread shutdownHook) {

    boolean serves(String archiveFingerprint) {
      return fingerprint.equals(archiveFingerprint) && process.isAlive();
    }

    ProtocolMetaData metadata() {
      return new ProtocolMetaData()
          .addContext(
              new HTTPContext("localhost", port).add(new Servlet(TEST_SERVLET, contextRoot)));
    }

    void awaitDeployed(Duration timeout) throws DeploymentException {
      var probe = new DeploymentProbe(port, contextRoot + "/" + TEST_SERVLET, log);
      try {
        probe.await(process, timeout);
      } catch (DeploymentException e) {
        stop();
        throw e;
      }
    }

    void stop() {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The hook runs anyway, on a process already gone.
      }
    }
  }
}
