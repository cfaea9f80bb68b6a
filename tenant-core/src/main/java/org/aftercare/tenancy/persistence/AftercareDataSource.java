package org.aftercare.tenancy.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the application role (no table owner, no superuser, subject
 * to row-level security). Its settings come from MicroProfile Config.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = AftercareDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=aftercare.db.url}",
    user = "${MPCONFIG=aftercare.db.user}",
    password = "${MPCONFIG=aftercare.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class AftercareDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/aftercare";
}
