package org.aftercare.migrations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL 17 server run from the zonky binaries, for the portal's default start and for tests:
 * it keeps its data in a folder, and holds the two roles the real deployment has (schema owner, and
 * an application role that owns nothing, is no superuser and cannot bypass row-level security).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "aftercare";
  public static final String OWNER_ROLE = "aftercare_owner";
  public static final String APP_ROLE = Migrator.DEFAULT_APP_ROLE;

  /**
   * The embedded server listens on loopback only and trusts local connections (zonky's initdb), so
   * this password guards nothing; it exists because configuration treats an empty value as unset.
   */
  private static final String LOCAL_PASSWORD = "embedded-local";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts the server on {@code dataDirectory} (created when missing, kept across restarts) on a
   * free port, and creates the roles and database when they do not exist yet. The server is
   * durable: a commit is on disk before it returns, as on any real PostgreSQL. (zonky starts its
   * servers as test fixtures, with {@code fsync} and {@code synchronous_commit} off: a power cut
   * would lose committed check-ins.)
   */
  public static EmbeddedDatabase start(Path dataDirectory, boolean stopWithJvm) {
    return start(dataDirectory, stopWithJvm, true, 0);
  }

  /**
   * A server for a test run, thrown away afterwards: zonky's fixture settings (no {@code fsync}, no
   * synchronous commit), which make the tests' many small transactions fast.
   */
  public static EmbeddedDatabase startThrowaway(Path dataDirectory) {
    return start(dataDirectory, true, false, 0);
  }

  /**
   * A throw-away server on a given port: a test that restarts the database under a running portal
   * starts it again on the same folder and port, as a real server comes back at its address.
   */
  public static EmbeddedDatabase startThrowaway(Path dataDirectory, int port) {
    return start(dataDirectory, true, false, port);
  }

  private static EmbeddedDatabase start(
      Path dataDirectory, boolean stopWithJvm, boolean durable, int port) {
    try {
      Files.createDirectories(dataDirectory);
      stopOrphanedServer(dataDirectory);
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setRegisterShutdownHook(stopWithJvm)
              .setPGStartupWait(Duration.ofSeconds(60));
      if (durable) {
        // fsync=on comes after zonky's own "-F" on the command line, so it wins; synchronous_commit
        // replaces zonky's default of off.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres postgres = builder.start();
      var database = new EmbeddedDatabase(postgres);
      database.createRolesAndDatabase();
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Starting the embedded PostgreSQL failed: " + e.getMessage(), e);
    }
  }

  /**
   * Ends the schema owner's ability to sign in, once the portal has migrated the schema: the
   * running portal then holds only the application role's rights, whatever its configuration still
   * says. The next {@link #start} opens it again for that start's migrations.
   */
  public void closeOwnerLogin() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("alter role " + OWNER_ROLE + " nologin");
      sql.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where usename = '"
              + OWNER_ROLE
              + "'");
    } catch (SQLException e) {
      throw new MigrationException("Closing the owner's login failed: " + e.getMessage(), e);
    }
  }

  /** The login the schema owner uses: migrations run as this role. */
  public DatabaseLogin owner() {
    return new DatabaseLogin(jdbcUrl(), OWNER_ROLE, LOCAL_PASSWORD);
  }

  /** The login the application uses. */
  public DatabaseLogin app() {
    return new DatabaseLogin(jdbcUrl(), APP_ROLE, LOCAL_PASSWORD);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A real server gets these roles from its database administrator (see the README).
  private void createRolesAndDatabase() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          """
          do $$ begin
            if not exists (select from pg_roles where rolname = '%1$s') then
              create role %1$s login password '%3$s';
            end if;
            if not exists (select from pg_roles where rolname = '%2$s') then
              create role %2$s login password '%3$s' nosuperuser nobypassrls nocreatedb nocreaterole;
            end if;
          end $$
          """
              .formatted(OWNER_ROLE, APP_ROLE, LOCAL_PASSWORD));
      // Closed at the end of the previous start (see closeOwnerLogin); migrations need it again.
      sql.execute("alter role " + OWNER_ROLE + " login");
      try (var existing =
          sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!existing.next()) {
          sql.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
        }
      }
    } catch (SQLException e) {
      throw new MigrationException("Creating the roles and database failed: " + e.getMessage(), e);
    }
  }

  /**
   * A server left running by a killed JVM still holds the data folder; stop it so this start can
   * take over rather than fail on the lock.
   */
  private static void stopOrphanedServer(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> server =
        readPid(pidFile)
            .flatMap(ProcessHandle::of)
            .filter(p -> p.info().command().orElse("").endsWith("postgres"));
    server.ifPresent(
        process -> {
          process.destroy();
          try {
            process.onExit().get(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException | TimeoutException e) {
            throw new MigrationException(
                "An earlier PostgreSQL on " + dataDirectory + " did not stop", e);
          }
        });
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
