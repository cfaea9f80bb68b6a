package org.aftercare.testing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends, and the rows they return, while a piece of work runs
 * on the calling thread — HAPI FHIR's query-count assertions, for our services: an N+1 shows as a
 * count that grows with the clinic, a whole-clinic read in a one-client path as rows that do.
 *
 * <p>It listens on the persistence unit's server session, which every request's session copies its
 * listeners from, and it is added at run time by the test deployment alone: production carries no
 * trace of it. It counts only the calling thread's statements, so other tests' work in the shared
 * server does not leak in. Statements a service sends over plain JDBC are not seen (nor the
 * row-level-security setting on each connection, which is not the service's query).
 */
@ApplicationScoped
public class StatementCounter {

  private static final ThreadLocal<List<Statement>> COUNTING = new ThreadLocal<>();

  @PersistenceUnit EntityManagerFactory persistenceUnit;

  /** One statement as EclipseLink sent it, and the rows it read (0 for a write). */
  public record Statement(String sql, int rows) {}

  /** What the work returned, and the statements it took. */
  public record Tally<T>(T result, List<Statement> statements) {

    public int count() {
      return statements.size();
    }

    public int rows() {
      return statements.stream().mapToInt(Statement::rows).sum();
    }

    @Override
    public String toString() {
      var lines = new StringBuilder(count() + " statements, " + rows() + " rows:");
      // A statement's first line is enough to tell which it is; whole CTEs drown the message.
      statements.forEach(
          s -> lines.append("\n  [").append(s.rows()).append(" rows] ").append(firstLine(s.sql())));
      return lines.toString();
    }
  }

  private static String firstLine(String sql) {
    String line = sql.lines().findFirst().orElse("");
    return line.length() > 110 ? line.substring(0, 110) + "…" : line;
  }

  @PostConstruct
  void listen() {
    var events = persistenceUnit.unwrap(Server.class).getEventManager();
    // One listener per deployment: the bean may be built again, the server session is not.
    if (events.getListeners().stream().noneMatch(Listener.class::isInstance)) {
      events.addListener(new Listener());
    }
  }

  public <T> Tally<T> count(Supplier<T> work) {
    var statements = new ArrayList<Statement>();
    COUNTING.set(statements);
    try {
      return new Tally<>(work.get(), List.copyOf(statements));
    } finally {
      COUNTING.remove();
    }
  }

  private static final class Listener extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
      List<Statement> statements = COUNTING.get();
      if (statements != null) {
        statements.add(new Statement(sqlOf(event), rowsOf(event.getResult())));
      }
    }

    private static String sqlOf(SessionEvent event) {
      return event.getCall() instanceof DatabaseCall call
          ? call.getSQLString()
          : String.valueOf(event.getCall());
    }

    /** A read of many rows returns them as a list, a read of one as one record (a map). */
    private static int rowsOf(Object result) {
      return switch (result) {
        case Collection<?> rows -> rows.size();
        case Map<?, ?> row -> 1;
        case null, default -> 0;
      };
    }
  }
}
