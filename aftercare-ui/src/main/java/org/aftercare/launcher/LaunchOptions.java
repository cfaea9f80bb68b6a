package org.aftercare.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked for, from command-line flags first, then environment variables, then
 * defaults.
 */
record LaunchOptions(
    int port,
    Path dataDirectory,
    boolean demo,
    Optional<String> operatorEmail,
    Optional<String> operatorToUnlock,
    Optional<String> externalDatabaseUrl,
    boolean jsonLogs,
    boolean exitWhenReady) {

  static LaunchOptions from(String[] args, Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("AFTERCARE_PORT", "8080"));
    Path data = Path.of(env.getOrDefault("AFTERCARE_DATA_DIR", "data"));
    boolean demo = Boolean.parseBoolean(env.getOrDefault("AFTERCARE_DEMO", "false"));
    Optional<String> operator = Optional.empty();
    Optional<String> unlock = Optional.empty();
    boolean exitWhenReady = false;
    for (String arg : args) {
      if (arg.equals("--demo")) {
        demo = true;
      } else if (arg.startsWith("--port=")) {
        port = Integer.parseInt(valueOf(arg));
      } else if (arg.startsWith("--data-dir=")) {
        data = Path.of(valueOf(arg));
      } else if (arg.startsWith("--create-operator=")) {
        operator = Optional.of(valueOf(arg));
      } else if (arg.startsWith("--unlock-operator=")) {
        unlock = Optional.of(valueOf(arg));
      } else if (arg.equals("--exit-when-ready")) {
        exitWhenReady = true;
      } else {
        throw new IllegalArgumentException(
            "Unknown option "
                + arg
                + ". Options: --demo --port=N --data-dir=DIR --create-operator=EMAIL"
                + " --unlock-operator=EMAIL --exit-when-ready");
      }
    }
    return new LaunchOptions(
        port,
        data.toAbsolutePath(),
        demo,
        operator,
        unlock,
        Optional.ofNullable(env.get("AFTERCARE_DB_URL")).filter(url -> !url.isBlank()),
        jsonLogs(env.getOrDefault("AFTERCARE_LOG_FORMAT", "text")),
        exitWhenReady);
  }

  private static boolean jsonLogs(String format) {
    return switch (format) {
      case "json" -> true;
      case "text" -> false;
      default ->
          throw new IllegalArgumentException("AFTERCARE_LOG_FORMAT is text or json, not " + format);
    };
  }

  private static String valueOf(String arg) {
    return arg.substring(arg.indexOf('=') + 1);
  }
}
