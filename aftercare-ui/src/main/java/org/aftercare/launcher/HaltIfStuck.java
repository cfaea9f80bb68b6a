package org.aftercare.launcher;

import java.time.Duration;

/**
 * The last resort when the JVM will not end: armed as the launcher's stop begins, it halts a JVM
 * still alive some time later. Payara Micro 7.2025.1's own shutdown hook can deadlock with a boot
 * still under way (a SIGTERM during the start: its hook waits for the start's lock, the start waits
 * for an hk2 lock), and the process would then live on with neither portal nor database. A normal
 * stop takes 1–3 s and ends the JVM first; the thread is a daemon and keeps nothing alive.
 */
final class HaltIfStuck {

  /** Ten times a normal stop: Payara, the embedded PostgreSQL and the scratch directory. */
  static final Duration GRACE = Duration.ofSeconds(30);

  private HaltIfStuck() {}

  static void after(Duration grace) {
    after(
        grace,
        "the JVM was still alive " + grace.toSeconds() + " s after the portal began to stop");
  }

  /**
   * Halts the JVM, with status 1 and {@code why} on stderr, if it is still alive after {@code
   * grace}.
   */
  static void after(Duration grace, String why) {
    var watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(grace);
              } catch (InterruptedException e) {
                return;
              }
              // Not through java.util.logging: its handlers may already be closed by now.
              System.err.printf("Aftercare: %s; halting.%n", why);
              Runtime.getRuntime().halt(1);
            },
            "aftercare-halt-if-stuck");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
