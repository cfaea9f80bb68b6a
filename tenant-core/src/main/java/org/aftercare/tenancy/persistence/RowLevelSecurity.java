package org.aftercare.tenancy.persistence;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.TenantOwned;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Sets PostgreSQL's {@code app.tenant_id}, which every row-level-security policy reads, on each
 * connection EclipseLink takes, and clears it when the connection goes back to the pool.
 *
 * <p>Why not only {@code set_config(..., true)} at transaction start: reads inside a JTA
 * transaction (before a flush) go through EclipseLink's read pool, whose connection is outside the
 * transaction and in autocommit mode, where a transaction-local setting vanishes after one
 * statement. So the setting is transaction-local on transactional connections and session-wide
 * (then cleared on release) on autocommit ones — otherwise a pooled connection would carry one
 * clinic's id to the next caller.
 */
public class RowLevelSecurity extends SessionEventAdapter {

  private static final String SET_TENANT = "select set_config('app.tenant_id', ?, ?)";

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Connection connection = connectionOf(event);
    String tenant = currentTenant(event.getSession()).map(UUID::toString).orElse("");
    try {
      setTenant(connection, tenant, !connection.getAutoCommit());
    } catch (SQLException e) {
      throw DatabaseException.sqlException(e);
    }
  }

  @Override
  public void preReleaseConnection(SessionEvent event) {
    Connection connection = connectionOf(event);
    try {
      if (!connection.isClosed() && connection.getAutoCommit()) {
        setTenant(connection, "", false);
      }
    } catch (SQLException e) {
      throw DatabaseException.sqlException(e);
    }
  }

  private static Connection connectionOf(SessionEvent event) {
    return ((Accessor) event.getResult()).getConnection();
  }

  private static void setTenant(Connection connection, String tenant, boolean transactionLocal)
      throws SQLException {
    try (var statement = connection.prepareStatement(SET_TENANT)) {
      statement.setString(1, tenant);
      statement.setBoolean(2, transactionLocal);
      statement.execute();
    }
  }

  /**
   * The property the interceptor set on the persistence context, or else — on read paths the
   * event's session is the shared server session without it — the request's clinic. With no request
   * (a background job) nothing is set, and row-level security shows nothing.
   */
  private static Optional<UUID> currentTenant(Session session) {
    Object property = session.getProperty(TenantOwned.TENANT_PROPERTY);
    if (property instanceof UUID tenant) {
      return Optional.of(tenant);
    }
    try {
      return CDI.current().select(TenantContext.class).get().tenantId();
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return Optional.empty();
    }
  }
}
