package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The client's home: their groups, next sessions, ground rules and calendar file. */
final class MyGroupsPage {

  private final Browser browser;

  MyGroupsPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("my-groups"));
  }

  private By card(String group) {
    return By.cssSelector(".aftercare-group-card[data-group='" + group + "']");
  }

  /** The rows of a group's next sessions, earliest first. */
  List<WebElement> sessions(String group) {
    return browser.find(card(group)).findElements(By.cssSelector(".aftercare-next-session"));
  }

  void acceptGroundRules(String group) {
    browser.click(
        By.cssSelector(
            ".aftercare-group-card[data-group='" + group + "'] vaadin-button.ground-rules"));
    browser.click(By.id("accept-ground-rules"));
    browser.waitFor(
        By.cssSelector(".aftercare-group-card[data-group='" + group + "'] a.aftercare-join"));
  }

  String calendarFileAddress() {
    return browser.find(By.id("download-ics")).getDomProperty("href");
  }
}
