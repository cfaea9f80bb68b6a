package org.aftercare.ui.errors;

import jakarta.annotation.Resource;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aftercare.integrations.restapi.ClinicApi;
import org.aftercare.integrations.restapi.Problems;
import org.aftercare.tenancy.persistence.AftercareDataSource;

/**
 * What a request gets when it fails with an exception nothing else handled (web.xml maps every
 * {@link Throwable} here) — typically a request that needed the database while it was down or
 * restarting. Payara's own error report would show the exception, the SQL and the database's
 * address; this page shows none of it. While the database does not answer the status is 503 with
 * {@code Retry-After}, so that clients and proxies retry instead of reporting a bug; otherwise 500.
 * The log keeps the detail.
 */
@WebServlet(ServerErrorPage.PATH)
public class ServerErrorPage extends HttpServlet {

  static final String PATH = "/server-error";

  private static final Logger LOG = Logger.getLogger(ServerErrorPage.class.getName());

  @Resource(lookup = AftercareDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    boolean databaseDown = involvesTheDatabase(failure) && !databaseAnswers();
    if (databaseDown) {
      LOG.log(
          Level.WARNING, "A request failed while the database does not answer: " + uri, failure);
    } else {
      LOG.log(Level.SEVERE, "A request failed: " + uri, failure);
    }
    int status = databaseDown ? 503 : 500;
    String message =
        databaseDown
            ? "Aftercare cannot reach its database right now. Please try again in a minute."
            : "Something went wrong on our side, and nothing was changed. Please try again.";
    response.resetBuffer();
    if (databaseDown) {
      response.setHeader("Retry-After", "10");
    }
    if (uri.startsWith(request.getContextPath() + ClinicApi.PATH + "/")) {
      // The REST API answers every error as a problem (RFC 9457), as its own errors are written.
      Problems.write(
          response, status, databaseDown ? "Service unavailable" : "Internal error", message);
      return;
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .print(
            "<!doctype html><html lang=\"en\"><head><title>Aftercare</title></head>"
                + "<body><h1>Aftercare</h1><p>%s</p></body></html>".formatted(message));
  }

  private static boolean involvesTheDatabase(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
