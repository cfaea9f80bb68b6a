package org.aftercare.tenancy.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the application role (no table owner, no superuser, subject
 * to row-level security). Its settings come from MicroProfile Config.
 *
 * <p>The pool outlives a database restart or fail-over: each connection is checked before it is
 * handed out ({@code PostgresConnectionValidation}), and the first broken one throws away the whole
 * pool ({@code fail-all-connections}) — after a restart every pooled connection is dead, and
 * finding that out one request at a time would fail a request per connection. pgjdbc gives up
 * connecting after 10 s, and a statement whose answer does not come within 60 s (far above the
 * slowest query, see {@code bench/}) ends with an error instead of holding a request and a
 * connection for as long as a vanished server's TCP connection lingers; keep-alive lets the
 * operating system notice idle connections to a server that went away.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = AftercareDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=aftercare.db.url}",
    user = "${MPCONFIG=aftercare.db.user}",
    password = "${MPCONFIG=aftercare.db.password}",
    minPoolSize = 2,
    maxPoolSize = AftercareDataSource.MAX_CONNECTIONS,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "connectTimeout=10",
      "socketTimeout=60",
      "tcpKeepAlive=true"
    })
public class AftercareDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/aftercare";

  public static final int MAX_CONNECTIONS = 32;
}
