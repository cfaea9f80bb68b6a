package org.aftercare.ui.operations;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.aftercare.shared.LogContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code aftercare.log.format=json} the launcher has Payara write one JSON object per line
 * (Payara's {@code JSONLogFormatter}), which turns a {@code Map} among a record's parameters into
 * fields of that line. This listener puts the thread's {@link LogContext} there — request id and
 * clinic id, nothing that names a person — on every record the server's handlers publish, so a log
 * service can follow one request or one clinic. Taken off again when the portal stops.
 */
@WebListener
public class JsonLogFields implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "aftercare.log.format", defaultValue = "text")
  String format;

  private static final Object[] NONE = {};

  private final Map<Handler, Filter> replaced = new IdentityHashMap<>();

  @Override
  public void contextInitialized(ServletContextEvent started) {
    if (!"json".equals(format)) {
      return;
    }
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      Filter before = handler.getFilter();
      replaced.put(handler, before);
      handler.setFilter(
          record -> withContext(record) && (before == null || before.isLoggable(record)));
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent stopped) {
    replaced.forEach(Handler::setFilter);
    replaced.clear();
  }

  /**
   * A filter may change the record it is shown: the only hook {@code java.util.logging} offers
   * before the formatter reads it. Always lets the record through.
   */
  private static boolean withContext(LogRecord record) {
    Map<String, String> fields = LogContext.fields();
    List<Object> parameters =
        new ArrayList<>(Arrays.asList(Objects.requireNonNullElse(record.getParameters(), NONE)));
    // A record published to two handlers passes here twice.
    if (!fields.isEmpty() && !parameters.contains(fields)) {
      parameters.add(fields);
      record.setParameters(parameters.toArray());
    }
    return true;
  }
}
