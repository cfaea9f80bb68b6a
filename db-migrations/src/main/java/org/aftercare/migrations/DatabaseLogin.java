package org.aftercare.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** Where and as whom to connect: a JDBC URL with one role's credentials. */
public record DatabaseLogin(String url, String user, String password) {

  /**
   * Opens a connection through the driver directly, so no DriverManager class-loader rules apply.
   */
  public Connection connect() throws SQLException {
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource.getConnection(user, password);
  }

  @Override
  public String toString() {
    return user + "@" + url;
  }
}
