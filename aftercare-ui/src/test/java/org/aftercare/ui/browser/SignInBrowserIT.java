package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;

/**
 * Sign-in hardening as a browser sees it: rotation, throttling, idle timeout, response headers.
 *
 * <p>The throttle's delay and the idle timeout are waited out on the clock, on accounts of their
 * own: those two tests run side by side, beside the others of this class (not beside another class,
 * whose sign-ins would count against the same address's limit).
 */
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

  /**
   * Twenty quick wrong guesses all get the same refusal. After the first five each guess must wait
   * out a doubling delay (the right password too, as {@code SignInIT} shows), and guesses that come
   * during the delay count for nothing: a stranger's flood cannot lock the owner out, who signs in
   * once the delay has run (well under a minute after twenty quick guesses).
   */
  @Test
  @Execution(ExecutionMode.CONCURRENT)
  void quickGuessesAreRefusedButCannotLockTheOwnerOut() throws InterruptedException {
    var browser = browsers.open();
    var login = new LoginPage(browser, portal);
    String mentor = "mentor@harborlight.example";

    for (int attempt = 1; attempt <= 20; attempt++) {
      assertThat(login.attempt("harbor-light", mentor, "guess number " + attempt)).isFalse();
    }
    assertThat(login.errorMessage()).contains("Check the clinic, e-mail and password");
    browser.screenshot("sign-in-refused");

    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    boolean ownerSignedIn = false;
    while (!ownerSignedIn && Instant.now().isBefore(deadline)) {
      ownerSignedIn = login.attempt("harbor-light", mentor, LoginPage.DEMO_PASSWORD);
      if (!ownerSignedIn) {
        Thread.sleep(Duration.ofSeconds(5));
      }
    }
    assertThat(ownerSignedIn).isTrue();
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
  @Execution(ExecutionMode.CONCURRENT)
  void idleStaffSessionEndsAtTheLoginView() throws InterruptedException {
    var browser = browsers.open();
    new LoginPage(browser, portal).signIn("riverside", "mentor@riverside.example");

    Thread.sleep(PackagedPortal.STAFF_IDLE.plusSeconds(5));
    browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Calendar']"));

    browser.waitFor(By.id("vaadinLoginUsername"));
    // The login view shows before the address bar follows; on a loaded machine, noticeably so.
    browser.waitUntilUrlContains("/login");
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
    // The reference support asks for, and the one the request's log lines carry.
    assertThat(headers.firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(UUID.fromString(id)).isNotNull());
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
