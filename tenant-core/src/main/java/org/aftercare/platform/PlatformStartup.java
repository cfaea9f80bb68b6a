package org.aftercare.platform;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aftercare.demo.DemoClinics;
import org.aftercare.identity.PlatformOperatorService;
import org.aftercare.migrations.AppLoginCheck;
import org.aftercare.migrations.DatabaseLogin;
import org.aftercare.migrations.Migrator;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once when the application is deployed, in this order: migrate the schema (as the owner role,
 * before anything touches JPA), refuse to run on a login row-level security does not bind, create
 * the first platform operator when one is configured, seed the demo clinics when asked.
 */
@WebListener
public class PlatformStartup implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject
  @ConfigProperty(name = "aftercare.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "aftercare.db.user")
  String appUser;

  @Inject
  @ConfigProperty(name = "aftercare.db.owner-user")
  Optional<String> ownerUser;

  @Inject
  @ConfigProperty(name = "aftercare.db.owner-password")
  Optional<String> ownerPassword;

  @Inject
  @ConfigProperty(name = "aftercare.setup.operator-email")
  Optional<String> operatorEmail;

  @Inject
  @ConfigProperty(name = "aftercare.setup.operator-password")
  Optional<String> operatorPassword;

  @Inject
  @ConfigProperty(name = "aftercare.audit.chain-key")
  Optional<String> auditChainKey;

  @Inject
  @ConfigProperty(name = "aftercare.setup.unlock-operator")
  Optional<String> operatorToUnlock;

  @Inject
  @ConfigProperty(name = "aftercare.demo", defaultValue = "false")
  boolean demo;

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject PlatformOperatorService operators;
  @Inject DemoClinics demoClinics;
  @Inject ClinicUpkeep upkeep;
  @Inject Clock clock;
  @Inject StartupState startupState;

  /**
   * A servlet-context listener rather than a CDI startup observer: it runs once the web module's
   * resources (the persistence context among them) are bound, also for classes in a library jar.
   */
  @Override
  public void contextInitialized(ServletContextEvent started) {
    try {
      migrateSchema();
      refuseAPrivilegedLogin();
      createFirstOperator();
      warnWithoutAnAuditKey();
      operatorToUnlock.ifPresent(this::unlockOperator);
      if (demo) {
        demoClinics.seed();
        // The demo's slipping clients have their follow-ups from the start, not at the next hour.
        upkeep.followUpFlags(clock.instant());
      }
      startupState.markStarted();
    } catch (RuntimeException e) {
      // Logged here because the container reports a failed deployment without its cause.
      LOG.log(Level.SEVERE, "Aftercare could not start", e);
      throw new IllegalStateException("Aftercare could not start: " + e.getMessage(), e);
    }
  }

  private void migrateSchema() {
    if (ownerUser.isEmpty()) {
      LOG.info("aftercare.db.owner-user is not set: expecting the schema to be migrated already");
      return;
    }
    Migrator.migrate(new DatabaseLogin(url, ownerUser.get(), ownerPassword.orElse("")), appUser);
  }

  /**
   * Row-level security keeps clinics apart only for a login that owns nothing and bypasses nothing.
   */
  private void refuseAPrivilegedLogin() {
    try (Connection connection = dataSource.getConnection()) {
      var reasons = AppLoginCheck.reasonsToRefuse(connection);
      if (!reasons.isEmpty()) {
        throw new IllegalStateException(
            "The database login "
                + appUser
                + " must not run the portal: "
                + String.join("; ", reasons)
                + ". Give aftercare.db.user a role that owns nothing, with NOSUPERUSER NOBYPASSRLS"
                + " (see the README), and the owner login only to aftercare.db.owner-user.");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
    }
  }

  private void warnWithoutAnAuditKey() {
    if (auditChainKey.filter(key -> !key.isBlank()).isEmpty()) {
      LOG.warning(
          "aftercare.audit.chain-key is not set: new audit entries are hashed with plain SHA-256,"
              + " which anyone who can write to the database could recompute (see the README)");
    }
  }

  private void unlockOperator(String email) {
    if (operators.unlockAtStart(email)) {
      LOG.info("Platform operator " + email + " unlocked (--unlock-operator)");
    } else {
      LOG.warning("--unlock-operator: no platform operator " + email);
    }
  }

  private void createFirstOperator() {
    if (operatorEmail.isPresent() && operatorPassword.isPresent()) {
      if (operators.findByEmail(operatorEmail.get()).isEmpty()) {
        operators.create(operatorEmail.get(), operatorPassword.get());
        LOG.info("Platform operator " + operatorEmail.get() + " created");
      }
    } else if (!operators.anyExists()) {
      LOG.warning(
          "No platform operator exists yet. Start once with --create-operator=you@example.org"
              + " (the launcher asks for the password, or reads AFTERCARE_SETUP_OPERATOR_PASSWORD).");
    }
  }
}
