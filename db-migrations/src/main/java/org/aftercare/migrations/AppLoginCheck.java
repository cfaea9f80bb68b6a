package org.aftercare.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a database login must not run the portal. Row-level security is the last line between
 * clinics; it does not hold for a superuser or a role with BYPASSRLS, and a table's owner can turn
 * it off. The portal's login owns nothing and has DML grants only (see {@link Migrator}).
 */
public final class AppLoginCheck {

  private static final String ROLE =
      "select rolsuper, rolbypassrls from pg_roles where rolname = current_user";

  private static final String OWNED_TABLES =
      """
      select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where pg_has_role(current_user, c.relowner, 'MEMBER')
         and c.relkind in ('r', 'p', 'v', 'm', 'S')
         and n.nspname not in ('pg_catalog', 'information_schema')
      """;

  private AppLoginCheck() {}

  /** The reasons this connection's login must not run the portal; empty when it may. */
  public static List<String> reasonsToRefuse(Connection connection) {
    var reasons = new ArrayList<String>();
    try (var sql = connection.createStatement()) {
      try (var role = sql.executeQuery(ROLE)) {
        role.next();
        if (role.getBoolean(1)) {
          reasons.add("it is a superuser, to whom row-level security does not apply");
        }
        if (role.getBoolean(2)) {
          reasons.add("it can bypass row-level security (BYPASSRLS)");
        }
      }
      try (var owned = sql.executeQuery(OWNED_TABLES)) {
        owned.next();
        if (owned.getLong(1) > 0) {
          reasons.add(
              "it owns tables (or is a member of their owner's role), and an owner can switch"
                  + " their row-level security off");
        }
      }
    } catch (SQLException e) {
      throw new MigrationException("Checking the database login failed: " + e.getMessage(), e);
    }
    return reasons;
  }
}
