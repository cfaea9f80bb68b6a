package org.aftercare.ui.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/** The portal's service worker as a browser has it, and the crisis page it shows offline. */
final class OfflinePage {

  private final Browser browser;

  OfflinePage(Browser browser) {
    this.browser = browser;
  }

  /**
   * Waits until the service worker controls the page and keeps the crisis page: the signed-in
   * clinic's ({@code clinic}), or only the one for anyone.
   */
  OfflinePage waitUntilKept(boolean clinic) {
    browser
        .waiting(Duration.ofSeconds(30))
        .until(
            driver ->
                (Boolean)
                    ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                            "const [clinic, done] = arguments;"
                                + " const kept = name => caches.has(name).then(has => has"
                                + " ? caches.open(name).then(c => c.match('/offline')).then(r => !!r)"
                                + " : false);"
                                + " if (!navigator.serviceWorker.controller) { done(false); return; }"
                                + " Promise.all([kept('aftercare-offline-anyone-v1'),"
                                + " kept('aftercare-offline-clinic-v1')])"
                                + ".then(([anyone, ofClinic]) => done(anyone && ofClinic === clinic),"
                                + " () => done(false));",
                            clinic));
    return this;
  }

  /**
   * Cuts the browser off the network, as a phone in a tunnel, through Chromium's emulation: the
   * page's, and the service worker's as well, which has its own and would otherwise still fetch
   * (Chromium applies a page's network conditions to that page's own requests only). The worker is
   * reached as DevTools does, by attaching to its target and sending it the same command.
   */
  void goOffline() {
    chromium().setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
    emulateInServiceWorkers(true);
  }

  /** Back online: the worker's conditions live in the DevTools session that set them. */
  void goOnline() {
    chromium().deleteNetworkConditions();
    for (Object session : workerSessions) {
      sendToWorker(session, conditions(false));
      chromium().executeCdpCommand("Target.detachFromTarget", Map.of("sessionId", session));
    }
    workerSessions.clear();
  }

  private final List<Object> workerSessions = new java.util.ArrayList<>();

  private void emulateInServiceWorkers(boolean offline) {
    var targets =
        (List<?>) chromium().executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
    for (Object target : targets) {
      var info = (Map<?, ?>) target;
      if ("service_worker".equals(info.get("type"))) {
        var session =
            chromium()
                .executeCdpCommand(
                    "Target.attachToTarget",
                    Map.of("targetId", info.get("targetId"), "flatten", false))
                .get("sessionId");
        // The worker's network domain must be on before its conditions take.
        sendToWorker(session, "{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}");
        sendToWorker(session, conditions(offline));
        workerSessions.add(session);
      }
    }
  }

  private static String conditions(boolean offline) {
    return "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":"
        + "{\"offline\":"
        + offline
        + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}";
  }

  private void sendToWorker(Object session, String message) {
    chromium()
        .executeCdpCommand(
            "Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
  }

  private ChromeDriver chromium() {
    return browser.devTools();
  }

  /** Opens a portal address, which without a connection shows the crisis page. */
  OfflinePage open(String url) {
    try {
      browser.go(url);
    } catch (org.openqa.selenium.WebDriverException unreachable) {
      // Chromium may report the failed navigation although the worker answered it.
    }
    browser.waitFor(By.id("offline-call-988"));
    return this;
  }

  String text() {
    return browser.find(By.tagName("main")).getText();
  }

  String callLifeline() {
    return browser.find(By.id("offline-call-988")).getAttribute("href");
  }

  boolean showsClinicContacts() {
    return !browser.driver.findElements(By.id("offline-crisis-contacts")).isEmpty();
  }
}
