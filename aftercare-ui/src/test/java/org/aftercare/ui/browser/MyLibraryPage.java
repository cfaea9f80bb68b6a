package org.aftercare.ui.browser;

import org.openqa.selenium.By;

/** The client's library on their phone, and a worksheet opened from it. */
final class MyLibraryPage {

  private final Browser phone;

  MyLibraryPage(Browser phone, PackagedPortal portal) {
    this.phone = phone;
    phone.go(portal.url("/my-library"));
    phone.waitFor(By.id("for-you"));
  }

  /** The card of a resource under "For you", as text. */
  String forYou(String title) {
    return phone.reveal(card(title)).getText();
  }

  /** The address of the file a resource under "For you" offers to download. */
  String downloadAddress(String title) {
    return phone.reveal(By.xpath(xpathOf(title) + "//a[@download]")).getAttribute("href");
  }

  /** Opens the worksheet, answers its first field and sends it; returns what the page then says. */
  String fillInAndSend(String title, String answer) {
    phone.click(By.xpath(xpathOf(title) + "//vaadin-button"));
    phone.type(By.cssSelector("#worksheet-answer-0 textarea"), answer);
    phone.click(By.id("worksheet-save"));
    phone.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Draft saved')]"));
    phone.click(By.id("worksheet-submit"));
    return phone.reveal(By.id("worksheet-sent")).getText();
  }

  private static By card(String title) {
    return By.xpath(xpathOf(title));
  }

  private static String xpathOf(String title) {
    return "//div[@id='for-you']/div[@data-resource='" + title + "']";
  }
}
