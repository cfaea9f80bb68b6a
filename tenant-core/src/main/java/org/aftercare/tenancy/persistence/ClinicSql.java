package org.aftercare.tenancy.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.UUID;

/**
 * Native SQL for work JPQL cannot express well (claims, window functions). EclipseLink refuses
 * native SQL in a unit with multitenant entities because it cannot add the tenant criteria itself;
 * here PostgreSQL's row-level security scopes every statement to the current clinic, so the hint
 * that allows it is safe — and given in this one place.
 */
public final class ClinicSql {

  private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  private ClinicSql() {}

  public static Query query(EntityManager em, String sql) {
    return em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true);
  }

  /** A uuid column of a native result row, whichever Java type the driver gave it. */
  public static UUID uuid(Object column) {
    return column instanceof UUID id ? id : UUID.fromString(column.toString());
  }
}
