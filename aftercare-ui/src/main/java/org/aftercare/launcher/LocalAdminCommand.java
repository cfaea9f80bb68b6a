package org.aftercare.launcher;

import java.lang.annotation.Annotation;

/**
 * An asadmin command run on the Payara Micro of this JVM. {@code PayaraMicroRuntime.run} sends its
 * commands through Hazelcast's cluster executor, which, with Hazelcast off (as the launcher runs
 * Payara), runs none and answers with an empty map. Payara's own command runner does run them here;
 * the launcher compiles against Payara Micro's boot API only, so it is reached by name, through
 * public GlassFish APIs on the class path of the JVM.
 */
final class LocalAdminCommand {

  private LocalAdminCommand() {}

  /** Runs {@code command}, or throws an exception with Payara's report of why it failed. */
  static void run(String command, String... arguments) throws ReflectiveOperationException {
    Object services =
        Class.forName("org.glassfish.internal.api.Globals")
            .getMethod("getDefaultHabitat")
            .invoke(null);
    Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner");
    Object runner =
        Class.forName("org.glassfish.hk2.api.ServiceLocator")
            .getMethod("getService", Class.class, Annotation[].class)
            .invoke(services, runnerType, new Annotation[0]);
    if (runner == null) {
      throw new IllegalStateException("Payara has no command runner");
    }
    Object result =
        runnerType
            .getMethod("run", String.class, String[].class)
            .invoke(runner, command, arguments);
    Class<?> resultType = Class.forName("org.glassfish.embeddable.CommandResult");
    String status = String.valueOf(resultType.getMethod("getExitStatus").invoke(result));
    if (!"SUCCESS".equals(status)) {
      throw new IllegalStateException(
          command + " ended " + status + ": " + resultType.getMethod("getOutput").invoke(result));
    }
  }
}
