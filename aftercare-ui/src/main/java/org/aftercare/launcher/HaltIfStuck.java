package org.aftercare.launcher;

import java.time.Duration;

/**
 * The last resort once the launcher has stopped everything it owns: if the JVM is still alive a
 * while later, it is halted. Payara Micro 7.2025.1's own shutdown hook can deadlock with a boot
 * still under way (a SIGTERM during the start: its hook waits for the start's lock, the start waits
 * for an hk2 lock), and the process would then live on with neither portal nor database. A normal
 * exit ends the JVM first; the thread is a daemon and keeps nothing alive.
 */
final class HaltIfStuck {

  /** Long enough for Payara's hook to finish after ours has already stopped Payara. */
  static final Duration GRACE = Duration.ofSeconds(15);

  private HaltIfStuck() {}

  static void after(Duration grace) {
    var watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(grace);
              } catch (InterruptedException e) {
                return;
              }
              // Not through java.util.logging: its handlers may already be closed by now.
              System.err.printf(
                  "Aftercare: the JVM was still alive %d s after the portal stopped; halting.%n",
                  grace.toSeconds());
              Runtime.getRuntime().halt(1);
            },
            "aftercare-halt-if-stuck");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
