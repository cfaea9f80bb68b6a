package org.aftercare.migrations;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.resource.ZipResourceAccessor;

/**
 * Applies the changelog as the schema owner and tells which change sets a database still lacks.
 *
 * <p>Runnable on its own for operators: {@code java -cp ... org.aftercare.migrations.Migrator} with
 * {@code AFTERCARE_DB_URL}, {@code AFTERCARE_DB_OWNER_USER}, {@code AFTERCARE_DB_OWNER_PASSWORD}
 * and optionally {@code AFTERCARE_DB_USER} (the application role to grant to) in the environment.
 */
public final class Migrator {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
  public static final String DEFAULT_APP_ROLE = "aftercare_app";

  private Migrator() {}

  /**
   * Brings the schema up to date; grants go to {@code appRole}. A schema already current for the
   * default role, as the build's {@link ChangelogIndex} tells, costs one query instead of
   * Liquibase's run.
   */
  public static void migrate(DatabaseLogin owner, String appRole) {
    String role = plainRoleName(appRole);
    try (Connection connection = owner.connect()) {
      // The index's checksums are those of the default role's grants: for another role, a current
      // schema is Liquibase's to confirm (or to refuse, as migrated for a different role).
      if (role.equals(DEFAULT_APP_ROLE) && ChangelogIndex.ofThisBuild().allAppliedIn(connection)) {
        return;
      }
      Liquibase liquibase = liquibase(connection);
      liquibase.setChangeLogParameter("appRole", role);
      liquibase.update(new Contexts(), new LabelExpression());
    } catch (SQLException | LiquibaseException e) {
      throw new MigrationException("Migrating " + owner + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Applies the change sets that come before {@code changeSetId}, and no more: for tests of a
   * change set that moves existing data, which need data written under the schema before it.
   */
  static void migrateUpTo(DatabaseLogin owner, String appRole, String changeSetId) {
    try (Connection connection = owner.connect()) {
      Liquibase liquibase = liquibase(connection);
      liquibase.setChangeLogParameter("appRole", plainRoleName(appRole));
      long before =
          liquibase.getDatabaseChangeLog().getChangeSets().stream()
              .takeWhile(changeSet -> !changeSet.getId().equals(changeSetId))
              .count();
      liquibase.update((int) before, new Contexts(), new LabelExpression());
    } catch (SQLException | LiquibaseException e) {
      throw new MigrationException("Migrating " + owner + " failed: " + e.getMessage(), e);
    }
  }

  /** The ids of change sets not yet applied; empty when the schema is current. */
  public static List<String> pendingChangeSets(Connection connection) {
    try {
      if (ChangelogIndex.ofThisBuild().allAppliedIn(connection)) {
        return List.of();
      }
      return liquibase(connection)
          .listUnrunChangeSets(new Contexts(), new LabelExpression(), false)
          .stream()
          .map(ChangeSet::getId)
          .toList();
    } catch (SQLException | LiquibaseException e) {
      throw new MigrationException("Reading the migration history failed: " + e.getMessage(), e);
    }
  }

  private static Liquibase liquibase(Connection connection) throws LiquibaseException {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    return new Liquibase(CHANGELOG, ownChangelogs(), database);
  }

  /**
   * Reads the changelogs from this module's own jar only. A class-path search would find them twice
   * when the launcher (which has this jar on its class path) runs the portal in the same JVM.
   */
  private static ResourceAccessor ownChangelogs() throws LiquibaseException {
    try {
      Path home =
          Path.of(Migrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(home)
          ? new DirectoryResourceAccessor(home)
          : new ZipResourceAccessor(home);
    } catch (URISyntaxException | IOException e) {
      throw new LiquibaseException("Cannot open the changelogs: " + e.getMessage(), e);
    }
  }

  /** Role names reach SQL as identifiers; only plain lower-case names are accepted. */
  static String plainRoleName(String role) {
    if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain role name: " + role);
    }
    return role;
  }

  public static void main(String[] args) {
    String url = System.getenv("AFTERCARE_DB_URL");
    if (url == null) {
      System.err.println(
          "Set AFTERCARE_DB_URL, AFTERCARE_DB_OWNER_USER, AFTERCARE_DB_OWNER_PASSWORD.");
      System.exit(2);
    }
    var owner =
        new DatabaseLogin(
            url,
            System.getenv("AFTERCARE_DB_OWNER_USER"),
            System.getenv("AFTERCARE_DB_OWNER_PASSWORD"));
    String appRole = System.getenv().getOrDefault("AFTERCARE_DB_USER", DEFAULT_APP_ROLE);
    migrate(owner, appRole);
    System.out.println("Schema is current on " + owner);
  }
}
