package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Someone in early recovery may have only a keyboard. On a phone-sized screen, with nothing but key
 * presses sent to whatever has focus, a client signs in, logs today's check-in, opens "I need
 * support now" and closes it again, reads and accepts their group's ground rules and goes through
 * the Join link. At each step the test asserts where focus is, that the focused control shows it,
 * and that the step did what it should. Its own client and group, so that the demo client the other
 * phone tests use keeps its day.
 */
class KeyboardOnlyBrowserIT extends PortalBrowserTest {

  private static final ZoneId RIVERSIDE = ZoneId.of("America/Chicago");
  private static final String PASSWORD = "one key at a time, every day";

  /** More presses than any step needs on the client's home; a control further off is lost. */
  private static final int MOST_TABS = 40;

  /** The focused element, through open shadow roots, and its hosts up to the document. */
  private static final String FOCUS_PATH =
      """
      let e = document.activeElement;
      while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
      const path = [];
      for (let n = e; n; ) {
        if (n.nodeType === 1) {
          path.push(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')
              + (n.classList.length ? '.' + [...n.classList].join('.') : ''));
        }
        n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
      }
      return path.join(' < ');
      """;

  /**
   * What draws a focus indicator on the focused control (the nearest host that Vaadin marks with
   * focus-ring, else the focused element): each outline, box-shadow or border on it, its shadow
   * parts, their ::before and ::after, and its slotted input. Only "is there, and goes when focus
   * leaves" is asserted, so borders drawn regardless of focus do not count by themselves.
   */
  private static final String FOCUS_HOST =
      """
      let e = document.activeElement;
      while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
      for (let n = e; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode) {
        if (n.nodeType === 1 && n.hasAttribute('focus-ring')) {
          // A part slotted into a field (the select's value button) has the field draw its ring.
          const field = n.parentElement;
          return n.slot && field && field.hasAttribute('focus-ring') ? field : n;
        }
      }
      return e;
      """;

  private static final String INDICATOR =
      """
      const host = arguments[0];
      const all = [host, ...host.querySelectorAll('input, textarea'),
          ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('*') : [])];
      const drawn = (p, pseudo) => {
        const s = getComputedStyle(p, pseudo);
        if (pseudo && (s.content === 'none' || s.content === 'normal')) { return ''; }
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
            ? 'outline ' + s.outlineWidth + ' ' + s.outlineColor + ' ' : '';
        const shadow = s.boxShadow !== 'none' ? 'box-shadow ' + s.boxShadow + ' ' : '';
        const border = s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0
            ? 'border ' + s.borderTopWidth + ' ' + s.borderTopColor : '';
        return outline + shadow + border;
      };
      return all.flatMap(p => [null, '::before', '::after'].map(pseudo => {
        const d = drawn(p, pseudo);
        return d ? (p.getAttribute('part') || p.tagName.toLowerCase()) + (pseudo || '') + ': ' + d
            : null;
      })).filter(x => x).join('; ');
      """;

  /**
   * Every control on the client's home a finger or pointer can press, with its size in CSS pixels,
   * except links inside a sentence (WCAG 2.5.8's inline exception).
   */
  private static final String TARGETS =
      """
      const found = [];
      const visit = root => root.querySelectorAll('*').forEach(n => {
        if (n.matches('a[href], button, input:not([type=hidden]), vaadin-button, vaadin-radio-button,'
            + ' vaadin-checkbox, vaadin-select, vaadin-drawer-toggle, vaadin-side-nav-item,'
            + ' vaadin-menu-bar-button, vaadin-text-field, vaadin-details-summary')
            && !(n.matches('a') && n.closest('p'))) {
          const r = n.getBoundingClientRect();
          const style = getComputedStyle(n);
          if (r.width > 0 && r.height > 0 && style.visibility !== 'hidden') {
            found.push(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')
                + ' "' + (n.textContent || '').trim().slice(0, 30) + '" '
                + Math.round(r.width * 10) / 10 + 'x' + Math.round(r.height * 10) / 10);
          }
        }
        if (n.shadowRoot && !n.matches('vaadin-button, vaadin-radio-button, vaadin-select,'
            + ' vaadin-text-field, vaadin-side-nav-item, vaadin-drawer-toggle')) {
          visit(n.shadowRoot);
        }
      });
      visit(document);
      return found;
      """;

  @Test
  void aClientGoesThroughTheirDayWithTheKeyboardAlone() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "kim-" + run + "@example.org";
    String name = "Kim " + run;
    String group = "Keys group " + run;
    var staff = browsers.open();
    new LoginPage(staff, portal)
        .signIn("riverside", "clinician@riverside.example")
        .openClients()
        .add(name, "Kim Example", email);
    staff.click(By.id("invite-client"));
    // Led by the demo's counselor, whose one group meets Wednesdays at noon:
    // RecoveryGroupsBrowserIT
    // leads its group with the admin at the same default hour and moves it to the same minutes (a
    // double booking), CalendarBrowserIT counts the mentor's week to the one session they lead, and
    // the clinician leads the demo's Tuesday and Thursday group at this default hour.
    var page =
        new GroupEditorPage(staff, portal)
            .describe(
                group, 3, "Cameras optional. What is said here stays here.", "Chris Counselor")
            .save();
    assertThat(page.enrol(name)).contains("is enrolled");
    // Five to ten minutes ahead: inside the client's Join window, which opens 10 minutes before.
    var soon = LocalDateTime.now(RIVERSIDE).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    page.openSession(0).moveTo(soon.plusMinutes(5 - soon.getMinute() % 5));
    var phone = browsers.openPhone(390, 844);
    new InvitationPage(phone, portal.linkMailedTo(email)).choosePassword(PASSWORD);
    var keys = new Keyboard(phone);

    phone.go(portal.url("/login?clinic=riverside"));
    phone.waitFor(By.id("vaadinLoginUsername"));
    keys.tabTo("vaadin-text-field#vaadinLoginUsername");
    keys.type(email);
    keys.tabTo("vaadin-password-field#vaadinLoginPassword");
    keys.type(PASSWORD);
    keys.press(Keys.ENTER);
    phone.waitFor(By.id("my-groups"));

    assertThat(phone.viewportWidth()).isEqualTo(390);
    var small =
        ((List<?>) ((JavascriptExecutor) phone.driver).executeScript(TARGETS))
            .stream().map(Object::toString).filter(target -> !atLeast24By24(target)).toList();
    assertThat(small).as("controls under 24x24 CSS px on the client's home").isEmpty();

    // Today's check-in: mood 4 with the arrow keys, craving 2 from the select, no use.
    keys.tabTo("vaadin-radio-group#check-in-mood");
    keys.assertFocusVisible();
    keys.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    keys.assertFocusOn("vaadin-radio-button");
    assertThat(checkedLabel(phone, "check-in-mood")).isEqualTo("4");
    keys.tabTo("vaadin-select#check-in-craving");
    keys.assertFocusVisible();
    keys.press(Keys.ENTER);
    phone.waitFor(By.cssSelector("vaadin-select#check-in-craving[opened]"));
    keys.assertFocusOn("vaadin-select-item");
    keys.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    keys.press(Keys.ENTER);
    phone
        .waiting(Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.id("check-in-craving")).getDomAttribute("opened") == null
                    && keys.focusPath().contains("vaadin-select#check-in-craving"));
    assertThat(phone.find(By.id("check-in-craving")).getText()).contains("2");
    keys.tabTo("vaadin-radio-group#check-in-used");
    keys.assertFocusVisible();
    assertThat(keys.focusPath()).contains("vaadin-radio-button");
    keys.press(Keys.SPACE);
    assertThat(checkedLabel(phone, "check-in-used")).isEqualTo("No");
    keys.tabTo("vaadin-button#save-check-in");
    keys.assertFocusVisible();
    keys.press(Keys.ENTER);
    phone.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Check-in saved')]"));
    assertThat(phone.reveal(By.id("check-in-streak")).getText()).isEqualTo("1");
    // The card is drawn again with the saved answers; focus stays on its button, not the page.
    keys.assertFocusOn("vaadin-button#save-check-in");
    assertThat(phone.find(By.id("save-check-in")).getText()).isEqualTo("Update today's check-in");

    // "I need support now": focus goes into the dialog, and back to the button when it closes.
    keys.tabTo("vaadin-button#need-support");
    keys.assertFocusVisible();
    keys.press(Keys.ENTER);
    assertThat(phone.find(By.id("support-dialog")).getText()).contains("988");
    keys.awaitFocusOn("vaadin-dialog");
    keys.tabTo("vaadin-button#close-support");
    keys.assertFocusVisible();
    keys.press(Keys.ENTER);
    phone
        .waiting(Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
    keys.awaitFocusOn("vaadin-button#need-support");

    // The group's ground rules, then its Join link, which records the client's own check-in.
    String card = "div.aftercare-group-card";
    keys.tabTo("vaadin-button.ground-rules");
    keys.assertFocusVisible();
    assertThat(keys.focusPath()).contains(card);
    keys.press(Keys.ENTER);
    keys.awaitFocusOn("vaadin-dialog");
    keys.tabTo("vaadin-button#accept-ground-rules");
    keys.assertFocusVisible();
    keys.press(Keys.ENTER);
    keys.awaitFocusOn("a#join-");
    keys.assertFocusVisible();
    // The portal's own address, which sends the client on to the meeting at the click.
    String join = phone.driver.switchTo().activeElement().getDomProperty("href");
    assertThat(join).startsWith(portal.url("/join/"));
    assertThat(phone.redirectOf(join)).startsWith("https://meet.example.org/");
    keys.press(Keys.ENTER);
    phone.waitFor(By.xpath("//vaadin-notification-card[contains(., 'checked in')]"));
    phone.screenshot("keyboard-only-joined-phone");
  }

  private static boolean atLeast24By24(String target) {
    String size = target.substring(target.lastIndexOf(' ') + 1);
    String[] sides = size.split("x");
    return Double.parseDouble(sides[0]) >= 24 && Double.parseDouble(sides[1]) >= 24;
  }

  private static String checkedLabel(Browser phone, String group) {
    return phone
        .find(By.cssSelector("#" + group + " vaadin-radio-button[checked]"))
        .getText()
        .trim();
  }

  /** Key presses to whatever has focus, as a keyboard sends them; never a click. */
  private static final class Keyboard {

    private final Browser browser;
    private WebElement lastShown;
    private String lastIndicator;

    Keyboard(Browser browser) {
      this.browser = browser;
    }

    void press(CharSequence... keys) {
      new Actions(browser.driver).sendKeys(keys).perform();
      checkIndicatorLeft();
    }

    void type(String text) {
      new Actions(browser.driver).sendKeys(text).perform();
    }

    String focusPath() {
      return (String) ((JavascriptExecutor) browser.driver).executeScript(FOCUS_PATH);
    }

    /** Presses Tab until focus is in {@code part} of the focus path; fails with the way it took. */
    void tabTo(String part) {
      List<String> visited = new ArrayList<>();
      for (int i = 0; i <= MOST_TABS; i++) {
        String path = focusPath();
        if (path.contains(part)) {
          return;
        }
        visited.add(path.split(" < ")[0] + " in " + firstHost(path));
        press(Keys.TAB);
      }
      throw new AssertionError(
          "Tab did not reach " + part + "; focus went through:\n" + String.join("\n", visited));
    }

    void assertFocusOn(String part) {
      assertThat(focusPath()).contains(part);
    }

    void awaitFocusOn(String part) {
      try {
        browser.waiting(Duration.ofSeconds(10)).until(d -> focusPath().contains(part));
      } catch (RuntimeException e) {
        throw new AssertionError("Focus is not on " + part + " but on " + focusPath(), e);
      }
    }

    /**
     * The focused control draws an outline or shadow that it drops once focus moves on (checked at
     * the next key press), so the indicator is there because of focus.
     */
    void assertFocusVisible() {
      var js = (JavascriptExecutor) browser.driver;
      var host = (WebElement) js.executeScript(FOCUS_HOST);
      String indicator;
      try {
        indicator =
            browser
                .waiting(Duration.ofSeconds(5))
                .until(
                    d -> {
                      String drawn = (String) js.executeScript(INDICATOR, host);
                      return drawn.isEmpty() ? null : drawn;
                    });
      } catch (RuntimeException e) {
        throw new AssertionError("No focus indicator on " + focusPath(), e);
      }
      if (host.getTagName().startsWith("vaadin-")) {
        assertThat(host.getDomAttribute("focus-ring"))
            .as("focus-ring on " + focusPath())
            .isNotNull();
      }
      lastShown = host;
      lastIndicator = indicator;
    }

    /**
     * Once focus has left the control last shown focused, its indicator must have gone: an outline
     * drawn whether focused or not tells the keyboard user nothing. A control drawn anew (the
     * portal re-renders a card after saving) has nothing left to compare.
     */
    private void checkIndicatorLeft() {
      if (lastShown == null) {
        return;
      }
      var js = (JavascriptExecutor) browser.driver;
      var shown = lastShown;
      boolean undecided;
      try {
        undecided =
            (Boolean)
                js.executeScript(
                    "return !arguments[0].isConnected || arguments[0].matches(':focus-within')",
                    shown);
      } catch (StaleElementReferenceException detached) {
        lastShown = null;
        return;
      }
      if (undecided) {
        if (!(Boolean) js.executeScript("return arguments[0].isConnected", shown)) {
          lastShown = null;
        }
        return;
      }
      lastShown = null;
      String before = lastIndicator;
      try {
        browser
            .waiting(Duration.ofSeconds(5))
            .until(d -> !before.equals(js.executeScript(INDICATOR, shown)));
      } catch (RuntimeException e) {
        throw new AssertionError(
            "The focus indicator stays after focus left: " + before + "; now on " + focusPath(), e);
      }
    }

    private static String firstHost(String path) {
      for (String node : path.split(" < ")) {
        if (node.contains("#")) {
          return node;
        }
      }
      return path;
    }
  }
}
