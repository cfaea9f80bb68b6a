package org.aftercare.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver, with waits that suit Vaadin's round trips.
 */
final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration LOOK_EVERY = Duration.ofMillis(100);
  private static final String SESSION_COOKIE = "JSESSIONID";

  final WebDriver driver;

  /** What it was opened as: a browser goes back to its pool under this. */
  final Screen screen;

  /** Whether a test reached into Chromium's DevTools, whose settings a new tab may not undo. */
  private boolean devToolsUsed;

  private Browser(ChromeDriver driver, Screen screen) {
    this.driver = driver;
    this.screen = screen;
  }

  /**
   * A window of {@code width} by {@code height} CSS pixels; for a phone, Chromium's device
   * emulation (touch and all); unless null, the languages its browser asks for ("es-US,es").
   */
  record Screen(int width, int height, boolean mobile, String languages) {

    static Screen desktop() {
      return desktop(null);
    }

    static Screen desktop(String languages) {
      return new Screen(1280, 900, false, languages);
    }

    /** A phone-sized viewport (360 CSS pixels wide), as the client portal is mostly used. */
    static Screen phone() {
      return phone(PHONE_WIDTH, 780);
    }

    static Screen phone(int width, int height) {
      return new Screen(width, height, true, null);
    }
  }

  static final int PHONE_WIDTH = 360;

  static Browser open(Screen screen) {
    var options = new ChromeOptions();
    // A kept browser must not fill in what an earlier test's user typed or saved.
    var prefs = new HashMap<String, Object>();
    prefs.put("credentials_enable_service", false);
    prefs.put("profile.password_manager_enabled", false);
    prefs.put("autofill.profile_enabled", false);
    if (screen.languages() != null) {
      prefs.put("intl.accept_languages", screen.languages());
      options.addArguments("--lang=" + screen.languages().split(",")[0]);
    }
    options.setExperimentalOption("prefs", prefs);
    if (screen.mobile()) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", screen.width(), "height", screen.height(), "pixelRatio", 1.0)));
    }
    try {
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=" + screen.width() + "," + screen.height(),
          "--user-data-dir=" + Files.createTempDirectory("aftercare-chromium"));
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .build();
      return new Browser(new ChromeDriver(service, options), screen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes this browser as a new person's, but for its HTTP cache: one fresh tab, the others closed,
   * no cookies, and the portals' storage, caches and service workers gone. False when it cannot be
   * (a test used DevTools on it, or Chromium failed): then it is to be closed, not kept.
   */
  boolean startAfresh() {
    if (devToolsUsed) {
      return false;
    }
    try {
      String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(fresh)) {
          driver.switchTo().window(handle).close();
        }
      }
      driver.switchTo().window(fresh);
      var chromium = (ChromeDriver) driver;
      chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      for (String origin : PackagedPortal.origins()) {
        chromium.executeCdpCommand(
            "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
      }
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  /** Chromium's DevTools, for what WebDriver cannot do; the browser is not kept afterwards. */
  ChromeDriver devTools() {
    devToolsUsed = true;
    return (ChromeDriver) driver;
  }

  /**
   * A wait that looks every 100 ms: most waits are for one round trip to the portal, which
   * Selenium's default of 500 ms between looks lengthened by a quarter of a second on average.
   */
  WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout, LOOK_EVERY) {
      // Where the browser was, in the exception's own message: a CI run's summary shows that
      // message and not the test's output, where the failed test's description goes.
      @Override
      protected RuntimeException timeoutException(String message, Throwable lastException) {
        return super.timeoutException(
            message + "\nThe browser was at " + describe(), lastException);
      }
    };
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement find(By by) {
    return waiting(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Whichever of two elements shows first. */
  WebElement waitForEither(By first, By second) {
    return waiting(WAIT)
        .until(
            d ->
                d.findElements(first).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .or(() -> d.findElements(second).stream().findFirst())
                    .orElse(null));
  }

  /**
   * A property of the element as the page holds it ({@code "i18n.monthNames[0]"}), for words a
   * component shows only once opened; the element may be hidden.
   */
  Object property(By by, String path) {
    return ((JavascriptExecutor) driver)
        .executeScript("return arguments[0]." + path, driver.findElement(by));
  }

  void waitFor(By by) {
    find(by);
  }

  void waitUntilUrlContains(String part) {
    waiting(WAIT).until(ExpectedConditions.urlContains(part));
  }

  /**
   * Clicks after scrolling the element to the middle of the view, clear of the sticky header, once
   * it has stopped moving; an element Vaadin renders anew meanwhile is looked up again.
   */
  void click(By by) {
    waiting(WAIT)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              // Present, not "visible": Selenium calls an element scrolled out of the portal's
              // scrolling content area hidden until it is scrolled back in.
              var element = ExpectedConditions.presenceOfElementLocated(by).apply(d);
              if (element == null) {
                return false;
              }
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
              if (!standsStill(element)) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /**
   * Whether the element is where it was two frames ago. A menu that opens a submenu on a phone
   * animates and places it after it is in the page; clicked meanwhile, Chromium's click landed on
   * the parent menu's item beneath (the password page instead of the language list).
   */
  private boolean standsStill(WebElement element) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                """
                const [element, done] = arguments;
                const where = () => JSON.stringify(element.getBoundingClientRect());
                const before = where();
                requestAnimationFrame(() =>
                    requestAnimationFrame(() => done(where() === before)));
                """,
                element));
  }

  /** The page's own width in CSS pixels, to check a layout really is phone-sized. */
  long viewportWidth() {
    return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
  }

  /**
   * The element once it shows, scrolled to the middle of the view first: a long dialog or page may
   * hold it below its fold, where Selenium calls it hidden.
   */
  WebElement reveal(By by) {
    var present = waiting(WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", present);
    return find(by);
  }

  void type(By field, String text) {
    var input = reveal(field);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Empties a field as a person would, so that the value change reaches the server: Selenium's own
   * clear() leaves a Vaadin field's server-side value as it was.
   */
  void empty(By field) {
    var input = find(field);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
  }

  String sessionId() {
    return driver.manage().getCookieNamed(SESSION_COOKIE).getValue();
  }

  /**
   * Fetches a link (a download) with this browser's session cookie, as the browser's download
   * would, and answers the body; anything but 200 fails.
   */
  String download(String href) {
    var request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", SESSION_COOKIE + "=" + sessionId())
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("The download answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("The download failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The answer to a GET of {@code href} with this browser's session cookie, whatever its status.
   */
  HttpResponse<byte[]> fetch(String href) {
    return send(
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", SESSION_COOKIE + "=" + sessionId())
            .build());
  }

  /** The answer to a GET of {@code href} from someone signed in nowhere. */
  static HttpResponse<byte[]> fetchAnonymously(String href) {
    return send(HttpRequest.newBuilder(URI.create(href)).build());
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("The request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where the portal sends this browser from a link (such as a session's Join), read from the
   * redirect with this browser's session cookie, without following it to the outside address.
   */
  String redirectOf(String href) {
    var request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", SESSION_COOKIE + "=" + sessionId())
            .build();
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .build()
              .send(request, HttpResponse.BodyHandlers.discarding());
      return response
          .headers()
          .firstValue("Location")
          .orElseThrow(() -> new AssertionError(href + " answered " + response.statusCode()));
    } catch (IOException e) {
      throw new UncheckedIOException("The request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Puts an earlier session cookie back, as an attacker replaying a stolen cookie would. */
  void replaceSessionId(String sessionId) {
    driver.manage().deleteCookieNamed(SESSION_COOKIE);
    driver.manage().addCookie(new Cookie(SESSION_COOKIE, sessionId, "/"));
  }

  void screenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the browser is and what it shows, for a failed test's output: a CI run keeps the log but
   * not the screenshots.
   */
  String describe() {
    try {
      String text = driver.findElement(By.tagName("body")).getText();
      return driver.getCurrentUrl()
          + "\n"
          + (text.length() > 1500 ? text.substring(0, 1500) + " …" : text);
    } catch (RuntimeException e) {
      return "(the page could not be read: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
