package org.aftercare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;

/**
 * The PostgreSQL the tests run against: the server named by {@code AFTERCARE_TEST_DB_URL} (with
 * {@code AFTERCARE_TEST_DB_USER}/{@code _PASSWORD} for the application role and {@code
 * AFTERCARE_TEST_DB_OWNER_USER}/{@code _PASSWORD} for the owner), or else an embedded one started
 * once per test JVM in a fresh folder. Test keys differ from the application's, so a developer's
 * own AFTERCARE_DB_URL never points the tests at a real database.
 */
public final class TestDatabase {

  private static DatabaseLogin owner;
  private static DatabaseLogin app;

  private TestDatabase() {}

  public static synchronized DatabaseLogin owner() {
    start();
    return owner;
  }

  public static synchronized DatabaseLogin app() {
    start();
    return app;
  }

  private static void start() {
    if (owner != null) {
      return;
    }
    String url = System.getenv("AFTERCARE_TEST_DB_URL");
    if (url != null) {
      owner = login(url, "AFTERCARE_TEST_DB_OWNER_USER", "AFTERCARE_TEST_DB_OWNER_PASSWORD");
      app = login(url, "AFTERCARE_TEST_DB_USER", "AFTERCARE_TEST_DB_PASSWORD");
      return;
    }
    try {
      var embedded = EmbeddedDatabase.start(Files.createTempDirectory("aftercare-test-db"), true);
      owner = embedded.owner();
      app = embedded.app();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DatabaseLogin login(String url, String userKey, String passwordKey) {
    return new DatabaseLogin(
        url, System.getenv(userKey), System.getenv().getOrDefault(passwordKey, ""));
  }
}
