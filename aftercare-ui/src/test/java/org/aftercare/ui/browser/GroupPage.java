package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;

/** One group's page: schedule, next sessions and members. */
final class GroupPage {

  private final Browser browser;
  private final String url;

  /** Opens a group by its name from the groups list. */
  static GroupPage open(Browser browser, PackagedPortal portal, String name) {
    browser.go(portal.url("/groups"));
    browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + name + "']"));
    browser.waitFor(By.id("group-title"));
    return new GroupPage(browser);
  }

  GroupPage(Browser browser) {
    this.browser = browser;
    this.url = browser.driver.getCurrentUrl();
  }

  String schedule() {
    return browser.find(By.id("group-schedule")).getText();
  }

  /** Finds a client by name in the enrol box and enrols them; returns the notification text. */
  String enrol(String displayName) {
    browser.type(By.cssSelector("#enrol-client input"), displayName);
    browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + displayName + "')]"));
    browser.click(By.id("enrol"));
    return browser
        .find(By.xpath("//vaadin-notification-card[contains(., '" + displayName + "')]"))
        .getText();
  }

  /** The "Place" cell of a member's row, such as "Enrolled" or "Waitlist". */
  String placeOf(String displayName) {
    List<String> cells = cellTexts("group-members");
    int index = cells.indexOf(displayName);
    if (index < 0) {
      throw new AssertionError(displayName + " is not among the members: " + cells);
    }
    return cells.get(index + 1);
  }

  SessionPage openSession(int index) {
    browser.go(url);
    browser.waitFor(By.id("group-sessions"));
    browser.click(
        By.xpath("(//*[@id='group-sessions']//vaadin-grid-cell-content//a)[" + (index + 1) + "]"));
    browser.waitFor(By.id("session-title"));
    return new SessionPage(browser);
  }

  private List<String> cellTexts(String gridId) {
    browser.waitFor(By.id(gridId));
    return browser
        .driver
        .findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
        .stream()
        .map(cell -> cell.getText().trim())
        .toList();
  }
}
