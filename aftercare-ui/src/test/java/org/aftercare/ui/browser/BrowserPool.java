package org.aftercare.ui.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Browsers kept from one test to the next in this test JVM. Starting Chromium and loading the
 * portal's scripts into an empty profile took about 4 s of the two cores for every browser a test
 * opened; a kept one has closed its tabs and forgotten the portals' cookies, storage and service
 * workers ({@link Browser#startAfresh()}), and keeps only its HTTP cache.
 */
final class BrowserPool {

  private static final Map<Browser.Screen, Deque<Browser>> IDLE = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::closeAll, "browser-pool-close"));
  }

  private BrowserPool() {}

  /** A kept browser opened as {@code screen}, or a new one. */
  static Browser take(Browser.Screen screen) {
    Browser kept;
    synchronized (IDLE) {
      var idle = IDLE.get(screen);
      kept = idle == null ? null : idle.poll();
    }
    return kept != null ? kept : Browser.open(screen);
  }

  /** Keeps the browser for a later test, or closes it when it cannot start afresh. */
  static void giveBack(Browser browser) {
    if (!browser.startAfresh()) {
      browser.close();
      return;
    }
    synchronized (IDLE) {
      IDLE.computeIfAbsent(browser.screen, screen -> new ArrayDeque<>()).push(browser);
    }
  }

  private static void closeAll() {
    List<Browser> all = new ArrayList<>();
    synchronized (IDLE) {
      IDLE.values().forEach(all::addAll);
      IDLE.clear();
    }
    all.forEach(Browser::close);
  }
}
