package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in hardening as a browser sees it: rotation, lockout, idle timeout, response headers. */
class SignInBrowserIT extends PortalBrowserTest {

  @Test
  void sessionIdChangesAtSignInAndTheOldSessionIsDeadAfterSignOut() {
    var browser = browsers.open();
    browser.go(portal.url("/login"));
    String beforeSignIn = browser.sessionId();

    var clinician =
        new LoginPage(browser, portal).signIn("riverside", "clinician@riverside.example");
    String signedIn = browser.sessionId();
    clinician.signOut();
    browser.replaceSessionId(signedIn);
    browser.go(portal.url("/clients"));

    assertThat(signedIn).isNotEqualTo(beforeSignIn);
    browser.waitFor(By.id("vaadinLoginUsername"));
  }

  @Test
  void bruteForceLocksTheAccountAndTheRightPasswordNoLongerWorks() {
    var browser = browsers.open();
    var login = new LoginPage(browser, portal);

    for (int attempt = 1; attempt <= 20; attempt++) {
      assertThat(
              login.attempt("harbor-light", "admin@harborlight.example", "guess number " + attempt))
          .isFalse();
    }
    boolean rightPasswordWorks =
        login.attempt("harbor-light", "admin@harborlight.example", LoginPage.DEMO_PASSWORD);

    assertThat(rightPasswordWorks).isFalse();
    assertThat(login.errorMessage()).contains("Check the clinic, e-mail and password");
    browser.screenshot("sign-in-refused");
  }

  @Test
  void unknownClinicAndUnknownEmailGetTheSameAnswerAsAWrongPassword() {
    var browser = browsers.open();
    var login = new LoginPage(browser, portal);

    assertThat(login.attempt("no-such-clinic", "clinician@riverside.example", "whatever it is"))
        .isFalse();
    String unknownClinic = login.errorMessage();
    assertThat(login.attempt("riverside", "nobody@riverside.example", "whatever it is")).isFalse();

    assertThat(login.errorMessage()).isEqualTo(unknownClinic);
  }

  @Test
  void idleStaffSessionEndsAtTheLoginView() throws InterruptedException {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "mentor@riverside.example");

    Thread.sleep(Duration.ofMinutes(PackagedPortal.STAFF_IDLE_MINUTES).plusSeconds(20));
    browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Home']"));

    browser.waitFor(By.id("vaadinLoginUsername"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
  }

  @Test
  void responsesCarryTheSecurityHeaders() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding());

    var headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
    // Pages carry health information: no browser or proxy cache may keep them.
    assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
    assertThat(headers.firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    assertThat(headers.allValues("Set-Cookie"))
        .isNotEmpty()
        .allSatisfy(
            cookie ->
                assertThat(cookie)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("Secure")
                    .containsIgnoringCase("SameSite=Lax"));
  }
}
