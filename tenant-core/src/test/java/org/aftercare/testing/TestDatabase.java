package org.aftercare.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.EmbeddedDatabase;

/**
 * The PostgreSQL the tests run against: the server named by {@code AFTERCARE_TEST_DB_URL} (with
 * {@code AFTERCARE_TEST_DB_USER}/{@code _PASSWORD} for the application role and {@code
 * AFTERCARE_TEST_DB_OWNER_USER}/{@code _PASSWORD} for the owner), or else an embedded one started
 * once per test JVM in a fresh folder. Test keys differ from the application's, so a developer's
 * own AFTERCARE_DB_URL never points the tests at a real database.
 *
 * <p>Inside the Arquillian container this class starts afresh in another JVM; there it reads the
 * logins {@link Deployments} wrote into the test archive ({@link #IN_CONTAINER_RESOURCE}), so that
 * a test can reach the same database as the schema owner.
 */
public final class TestDatabase {

  static final String IN_CONTAINER_RESOURCE = "org/aftercare/testing/test-database.properties";

  private static DatabaseLogin owner;
  private static DatabaseLogin app;
  private static String resource;

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
    if (owner != null || loadedInContainer()) {
      return;
    }
    String url = System.getenv("AFTERCARE_TEST_DB_URL");
    if (url != null) {
      owner = login(url, "AFTERCARE_TEST_DB_OWNER_USER", "AFTERCARE_TEST_DB_OWNER_PASSWORD");
      app = login(url, "AFTERCARE_TEST_DB_USER", "AFTERCARE_TEST_DB_PASSWORD");
      return;
    }
    try {
      var embedded =
          EmbeddedDatabase.startThrowaway(Files.createTempDirectory("aftercare-test-db"));
      owner = embedded.owner();
      app = embedded.app();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The logins as the resource a deployment carries. Written once: {@link Properties#store} dates
   * its output, and test classes share a running deployment only while their archives are equal.
   */
  static synchronized String asResource() {
    if (resource == null) {
      resource = loginsAsProperties();
    }
    return resource;
  }

  private static String loginsAsProperties() {
    var logins = new Properties();
    logins.setProperty("owner.url", owner().url());
    logins.setProperty("owner.user", owner().user());
    logins.setProperty("owner.password", owner().password());
    logins.setProperty("app.url", app().url());
    logins.setProperty("app.user", app().user());
    logins.setProperty("app.password", app().password());
    var text = new StringWriter();
    try {
      logins.store(text, "Written by Deployments for TestDatabase inside the container");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static boolean loadedInContainer() {
    try (InputStream resource =
        TestDatabase.class.getClassLoader().getResourceAsStream(IN_CONTAINER_RESOURCE)) {
      if (resource == null) {
        return false;
      }
      var logins = new Properties();
      logins.load(resource);
      owner = fromProperties(logins, "owner");
      app = fromProperties(logins, "app");
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DatabaseLogin fromProperties(Properties logins, String who) {
    return new DatabaseLogin(
        logins.getProperty(who + ".url"),
        logins.getProperty(who + ".user"),
        logins.getProperty(who + ".password"));
  }

  private static DatabaseLogin login(String url, String userKey, String passwordKey) {
    return new DatabaseLogin(
        url, System.getenv(userKey), System.getenv().getOrDefault(passwordKey, ""));
  }
}
