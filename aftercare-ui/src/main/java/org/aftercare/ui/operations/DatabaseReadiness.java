package org.aftercare.ui.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aftercare.migrations.MigrationException;
import org.aftercare.migrations.Migrator;
import org.aftercare.tenancy.persistence.AftercareDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers as the application role and no migration is pending. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      var pending = Migrator.pendingChangeSets(connection);
      return response
          .status(pending.isEmpty())
          .withData("pendingMigrations", pending.size())
          .build();
    } catch (SQLException | MigrationException e) {
      // The probe is public: the driver's text can name hosts, roles and databases. The log has it.
      LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
      return response.down().build();
    }
  }
}
