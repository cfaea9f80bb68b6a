package org.aftercare.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.Migrator;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one place that builds the archives integration tests deploy: the domain packages, their
 * libraries, and a configuration pointing at {@link TestDatabase}. The application migrates the
 * schema itself when it starts, exactly as in production.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive domain() {
    DatabaseLogin owner = TestDatabase.owner();
    DatabaseLogin app = TestDatabase.app();
    return ShrinkWrap.create(WebArchive.class, "aftercare-it.war")
        // The migrations arrive as their own jar (classes and changelogs together), not as loose
        // classes.
        .addPackages(true, Filters.exclude(".*/migrations/.*"), "org.aftercare")
        .addAsLibrary(archiveOf(Migrator.class))
        .addAsResource("META-INF/persistence.xml")
        .addAsResource(
            new StringAsset(configFor(owner, app)), "META-INF/microprofile-config.properties")
        .addAsResource(
            new StringAsset(TestDatabase.asResource()), TestDatabase.IN_CONTAINER_RESOURCE)
        .addAsLibraries(runtimeLibraries());
  }

  private static String configFor(DatabaseLogin owner, DatabaseLogin app) {
    return String.join(
        "\n",
        "aftercare.db.url=" + app.url(),
        "aftercare.db.user=" + app.user(),
        "aftercare.db.password=" + app.password(),
        "aftercare.db.owner-user=" + owner.user(),
        "aftercare.db.owner-password=" + owner.password());
  }

  /** Versions come from the module's pom, so they never drift from the build's. */
  private static File[] runtimeLibraries() {
    return Maven.resolver()
        .loadPomFromFile("pom.xml")
        .resolve(
            "org.liquibase:liquibase-core", "org.postgresql:postgresql", "org.assertj:assertj-core")
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
