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
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
  private static final String SESSION_COOKIE = "JSESSIONID";

  final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  static Browser open(int width, int height) {
    return open(width, height, new ChromeOptions());
  }

  /** A phone-sized viewport (360 CSS pixels wide), as the client portal is mostly used. */
  static Browser openPhone() {
    return openPhone(PHONE_WIDTH, 780);
  }

  /**
   * A phone of the given size in CSS pixels, touch and all, as Chromium's device emulation has it.
   */
  static Browser openPhone(int width, int height) {
    return open(width, height, phone(width, height));
  }

  /** A phone whose browser asks for pages in {@code languages} first ("es-US,es"). */
  static Browser openPhone(int width, int height, String languages) {
    var options = phone(width, height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    options.addArguments("--lang=" + languages.split(",")[0]);
    return open(width, height, options);
  }

  private static ChromeOptions phone(int width, int height) {
    var options = new ChromeOptions();
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    return options;
  }

  static final int PHONE_WIDTH = 360;

  private static Browser open(int width, int height, ChromeOptions options) {
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
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + Files.createTempDirectory("aftercare-chromium"));
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .build();
      return new Browser(new ChromeDriver(service, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement find(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Whichever of two elements shows first. */
  WebElement waitForEither(By first, By second) {
    return new WebDriverWait(driver, WAIT)
        .until(
            d ->
                d.findElements(first).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .or(() -> d.findElements(second).stream().findFirst())
                    .orElse(null));
  }

  void waitFor(By by) {
    find(by);
  }

  void waitUntilUrlContains(String part) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
  }

  /** Clicks after scrolling the element to the middle of the view, clear of the sticky header. */
  void click(By by) {
    new WebDriverWait(driver, WAIT)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
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
              element.click();
              return true;
            });
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
    var present =
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
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
