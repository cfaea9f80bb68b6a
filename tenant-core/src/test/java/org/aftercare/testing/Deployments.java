package org.aftercare.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.Migrator;
import org.aftercare.tenancy.TenantOwned;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one place that builds the archives integration tests deploy: the domain jar, its libraries,
 * the test classes, and a configuration pointing at {@link TestDatabase}. The application migrates
 * the schema itself when it starts, exactly as in production.
 */
public final class Deployments {

  /** The test run's own Arquillian container, which runs outside the server, not in it. */
  private static final String TEST_HARNESS =
      "/org/aftercare/testing/container/.*|/META-INF/services/org\\.jboss\\.arquillian\\..*";

  /** Test classes without the Arquillian container of the test JVM, for merging into a WAR. */
  public static final Filter<ArchivePath> WITHOUT_TEST_HARNESS = Filters.exclude(TEST_HARNESS);

  private static final String AUDIT_CHAIN_KEY = "integration-tests-audit-chain-key-0123456789";

  /** The per-address sign-in limit the test deployment runs with. */
  public static final int SIGN_INS_PER_ADDRESS = 8;

  private Deployments() {}

  public static WebArchive domain() {
    DatabaseLogin owner = TestDatabase.owner();
    DatabaseLogin app = TestDatabase.app();
    var war =
        ShrinkWrap.create(WebArchive.class, "aftercare-it.war")
            // The domain as the portal's WAR carries it: one jar with classes, persistence.xml and
            // resources; the migrations as their own jar.
            .addAsLibrary(archiveOf(TenantOwned.class))
            .addAsLibrary(archiveOf(Migrator.class))
            .addAsLibraries(runtimeLibraries())
            .addAsResource(
                new StringAsset(configFor(owner, app)), "META-INF/microprofile-config.properties")
            .addAsResource(
                new StringAsset(TestDatabase.asResource()), TestDatabase.IN_CONTAINER_RESOURCE);
    war.merge(archiveOf(Deployments.class), "/WEB-INF/classes", WITHOUT_TEST_HARNESS);
    return war;
  }

  private static String configFor(DatabaseLogin owner, DatabaseLogin app) {
    return String.join(
        "\n",
        "aftercare.db.url=" + app.url(),
        "aftercare.db.user=" + app.user(),
        "aftercare.db.password=" + app.password(),
        "aftercare.db.owner-user=" + owner.user(),
        "aftercare.db.owner-password=" + owner.password(),
        // Mail the tests cause stays in the build folder, not beside the sources.
        "aftercare.mail.dev-mailbox=" + new File("target/it-mailbox").getAbsolutePath(),
        // Tests run reminders and offer expiry themselves, at moments they choose; the
        // every-minute timer would race them for the same claims.
        "aftercare.timers.enabled=false",
        // The audit chain is keyed, as in production; one key for the whole run.
        "aftercare.audit.chain-key=" + AUDIT_CHAIN_KEY,
        // Low enough for SignInIT to reach without hashing sixty passwords.
        "aftercare.limits.sign-ins-per-address=" + SIGN_INS_PER_ADDRESS,
        // Care-team connections' passwords are encrypted, as in production.
        "aftercare.sharing.secret-key=integration-tests-sharing-key-0123456789",
        // The care teams' test peers listen on loopback without TLS.
        "aftercare.sharing.allow-loopback-http=true");
  }

  /** Versions come from the module's pom, so they never drift from the build's. */
  private static File[] runtimeLibraries() {
    return Maven.resolver()
        .loadPomFromFile("pom.xml")
        .resolve(
            "org.liquibase:liquibase-core",
            "org.postgresql:postgresql",
            "org.mnode.ical4j:ical4j",
            "org.apache.commons:commons-csv",
            "org.assertj:assertj-core")
        .withTransitivity()
        .asFile();
  }

  /** The jar (or, inside an IDE, the classes folder) a class was loaded from. */
  public static JavaArchive archiveOf(Class<?> type) {
    try {
      File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (location.isDirectory()) {
        return ShrinkWrap.create(ExplodedImporter.class, location.getName() + ".jar")
            .importDirectory(location)
            .as(JavaArchive.class);
      }
      return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
