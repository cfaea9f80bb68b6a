package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The client's tools between sessions on their home: coping plan, HALT check, exercises. */
final class CopingToolsPage {

  private final Browser browser;

  CopingToolsPage(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.id("coping-tools"));
  }

  String nextMilestone() {
    return browser.reveal(By.id("next-milestone")).getText();
  }

  CopingToolsPage openPlan() {
    browser.click(By.id("open-coping-plan"));
    browser.waitFor(By.id("coping-plan-dialog"));
    return this;
  }

  CopingToolsPage write(String part, String text) {
    browser.type(By.cssSelector("#coping-" + part + " textarea"), text);
    return this;
  }

  /** Fills the {@code index}-th person to call (from 0), adding a row when the plan has fewer. */
  CopingToolsPage personToCall(int index, String name, String phone) {
    if (browser.driver.findElements(By.id("coping-person-name-" + index)).isEmpty()) {
      browser.click(By.id("coping-add-person"));
    }
    browser.type(By.cssSelector("#coping-person-name-" + index + " input"), name);
    browser.type(By.cssSelector("#coping-person-phone-" + index + " input"), phone);
    return this;
  }

  void savePlan() {
    browser.click(By.id("save-coping-plan"));
  }

  void waitUntilSaved() {
    browser.waitFor(
        By.xpath("//vaadin-notification-card[contains(., 'Your coping plan is saved')]"));
  }

  /** The message a refused field shows next to it, once it shows one. */
  String errorAt(String fieldId) {
    browser.waitFor(By.cssSelector("#" + fieldId + "[invalid]"));
    return browser.find(By.id(fieldId)).getDomProperty("errorMessage");
  }

  /** Presses "I need support now" and returns the coping-plan part of the help dialog. */
  String planInSupportDialog() {
    browser.click(By.id("need-support"));
    return browser.reveal(By.id("support-coping-plan")).getText();
  }

  String firstNumberToCall() {
    return browser.find(By.cssSelector("#support-coping-plan a")).getDomAttribute("href");
  }

  void closeDialog() {
    browser.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Close']"));
  }

  /** Ticks what applies in a HALT check and returns the suggestions it gives. */
  String haltCheck(String... needs) {
    browser.click(By.id("open-halt-check"));
    for (String need : needs) {
      browser.click(
          By.xpath("//*[@id='halt-needs']//vaadin-checkbox[normalize-space()='" + need + "']"));
    }
    browser.click(By.id("halt-suggest"));
    browser.waitFor(By.cssSelector("#halt-suggestions li"));
    return browser.reveal(By.id("halt-suggestions")).getText();
  }

  /** Starts guided breathing and returns the words of its first step. */
  String startBreathing() {
    browser.click(By.id("open-breathing"));
    return browser.reveal(By.id("breathing-dialog-words")).getText();
  }

  /**
   * Waits for the running exercise to reach a step saying {@code words}: the server moves it on.
   */
  void waitForStep(String words) {
    browser.waitFor(By.xpath("//*[@id='breathing-dialog-words'][contains(., '" + words + "')]"));
  }

  /** Ticks "let my clinician and mentor see how often I use these tools". */
  void shareUseCounts() {
    browser.click(By.cssSelector("#share-coping-counts input"));
    browser.waitFor(By.cssSelector("#share-coping-counts[checked]"));
  }

  void showTools() {
    browser.reveal(By.id("coping-tools"));
  }

  void stopExercise() {
    browser.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Stop']"));
  }
}
