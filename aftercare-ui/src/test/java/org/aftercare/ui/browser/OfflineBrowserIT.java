package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The portal installs as an app (manifest, icons, service worker) and, without a connection, shows
 * the signed-in client's clinic's crisis contacts and 988 instead of the browser's error page.
 */
class OfflineBrowserIT extends PortalBrowserTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void manifestNamesTheAppItsColoursAndItsOwnIcons() throws Exception {
    var manifest = get("/manifest.webmanifest");

    assertThat(manifest.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/manifest+json");
    assertThat(manifest.body())
        .contains(
            "\"name\": \"Aftercare\"",
            "\"display\": \"standalone\"",
            "\"theme_color\": \"#0b6e69\"",
            "\"sizes\": \"192x192\"",
            "\"sizes\": \"512x512\"",
            "\"purpose\": \"maskable\"");
    for (String icon :
        new String[] {
          "/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon-maskable-512.png"
        }) {
      var png = http.send(request(icon), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(png.statusCode()).as(icon).isEqualTo(200);
      assertThat(png.headers().firstValue("Content-Type")).as(icon).hasValue("image/png");
    }
    var worker = get("/offline-worker.js");
    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(worker.body()).contains("addEventListener('fetch'");
  }

  @Test
  void withoutAConnectionTheClientSeesTheirClinicsCrisisNumbersAnd988() {
    var phone = browsers.openPhone(390, 844);
    var home = new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var offline = new OfflinePage(phone).waitUntilKept(true);

    offline.goOffline();
    offline.open(portal.url("/home"));

    phone.screenshot("offline-client");
    assertThat(offline.text())
        .contains("No connection right now", "Riverside Recovery Center on call", "+1 555 0100")
        .doesNotContain("Harbor Light");
    assertThat(offline.callLifeline()).isEqualTo("tel:988");

    offline.goOnline();
    phone.go(portal.url("/home"));
    home.signOut();
    offline.waitUntilKept(false).goOffline();
    offline.open(portal.url("/home"));

    // Signed out, the clinic's copy is gone; 988 and 911 stay.
    assertThat(offline.showsClinicContacts()).isFalse();
    assertThat(offline.text()).contains("988", "911");
  }

  @Test
  void theCrisisPageWithoutASignInCarriesNoClinic() throws Exception {
    var page = get("/offline");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("tel:988", "call 911")
        .doesNotContain("offline-crisis-contacts", "Riverside", "Harbor Light");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build();
  }
}
