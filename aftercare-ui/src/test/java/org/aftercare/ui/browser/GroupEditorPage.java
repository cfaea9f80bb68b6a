package org.aftercare.ui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The new-group form: what the group is, who leads it, and its (default weekly) schedule. */
final class GroupEditorPage {

  private final Browser browser;

  GroupEditorPage(Browser browser, PackagedPortal portal) {
    this.browser = browser;
    browser.go(portal.url("/groups/new"));
    browser.waitFor(By.id("group-editor-title"));
  }

  GroupEditorPage describe(String name, int capacity, String groundRules, String facilitator) {
    browser.type(By.cssSelector("#group-name input"), name);
    browser.type(By.cssSelector("#group-capacity input"), Integer.toString(capacity));
    browser.type(By.cssSelector("#group-ground-rules textarea"), groundRules);
    browser.type(By.cssSelector("#group-facilitators input"), facilitator);
    browser.click(
        By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + facilitator + "')]"));
    browser.find(By.cssSelector("#group-facilitators input")).sendKeys(Keys.ESCAPE);
    return this;
  }

  /** A word the first day's calendar was given, by its path in Vaadin's i18n ("today"). */
  Object firstDayCalendarWord(String path) {
    return browser.property(By.id("schedule-first-day"), "i18n." + path);
  }

  GroupEditorPage openFirstDayCalendar() {
    browser.click(By.cssSelector("#schedule-first-day input"));
    browser.waitFor(By.cssSelector("#schedule-first-day[opened]"));
    return this;
  }

  void closeFirstDayCalendar() {
    browser.find(By.cssSelector("#schedule-first-day input")).sendKeys(Keys.ESCAPE);
  }

  String scheduleSummary() {
    return browser.find(By.id("schedule-summary")).getText();
  }

  /** Saves a group the portal should refuse; the message at the refused field, by its id. */
  String saveRefused(String field) {
    browser.click(By.id("save-group"));
    var shown = browser.waitForEither(By.id("group-title"), By.cssSelector("[invalid]"));
    if (!field.equals(shown.getDomAttribute("id"))) {
      throw new AssertionError(
          "Expected a refusal at " + field + ", got " + shown.getDomAttribute("id"));
    }
    return shown.getDomProperty("errorMessage");
  }

  /** Saves and opens the group's page; a field the portal refused fails with its message. */
  GroupPage save() {
    browser.click(By.id("save-group"));
    var shown = browser.waitForEither(By.id("group-title"), By.cssSelector("[invalid]"));
    if (!"group-title".equals(shown.getDomAttribute("id"))) {
      throw new AssertionError(
          "The group was not saved: "
              + shown.getDomAttribute("id")
              + " says "
              + shown.getDomProperty("errorMessage"));
    }
    return new GroupPage(browser);
  }
}
