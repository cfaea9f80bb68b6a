package org.aftercare.ui.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The questionnaires due on the client's home, answered one form at a time. */
final class MeasuresPage {

  private final Browser browser;

  MeasuresPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the form of the named measure's button ("phq_9"). */
  MeasuresPage start(String instrument) {
    browser.click(By.id("start-" + instrument));
    browser.waitFor(By.id("measure-form"));
    return this;
  }

  /** Chooses each question's answer by its label, in order; a null leaves the question open. */
  MeasuresPage answer(List<String> labels) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i) != null) {
        choose(i + 1, labels.get(i));
      }
    }
    return this;
  }

  MeasuresPage choose(int question, String label) {
    return choose(String.valueOf(question), label);
  }

  /** Chooses an answer of an item by its number as the instrument numbers it ("7a"). */
  MeasuresPage choose(String item, String label) {
    browser.click(
        By.xpath(
            "//*[@id='measure-q"
                + item
                + "']//vaadin-radio-button[normalize-space()='"
                + label
                + "']"));
    return this;
  }

  /** Chooses the same answer for each of these items. */
  MeasuresPage chooseEach(List<String> items, String label) {
    items.forEach(item -> choose(item, label));
    return this;
  }

  /** Whether the form shows an item; one not asked (yet) is hidden, or not sent to the page. */
  boolean shows(String item) {
    return browser.driver.findElements(By.id("measure-q" + item)).stream()
        .anyMatch(field -> field.getDomAttribute("hidden") == null);
  }

  void send() {
    browser.click(By.id("submit-measure"));
  }

  /** Waits for the server's answer to a send that left the question open. */
  MeasuresPage awaitErrorAt(int question) {
    browser.waitFor(By.cssSelector("#measure-q" + question + "[invalid]"));
    return this;
  }

  /** The message shown at a question, empty when it has none. */
  String errorAt(int question) {
    var field = browser.reveal(By.id("measure-q" + question));
    return field.getDomAttribute("invalid") == null ? "" : field.getDomProperty("errorMessage");
  }

  /**
   * Whether a long question wraps onto more lines than a short one, rather than being cut short at
   * phone width.
   */
  boolean wrapsLongerThan(int longQuestion, int shortQuestion) {
    return labelHeight(longQuestion) > labelHeight(shortQuestion);
  }

  private int labelHeight(int question) {
    return browser
        .reveal(By.cssSelector("#measure-q" + question + " > label"))
        .getRect()
        .getHeight();
  }

  /** The dialog the support button also opens: who was told, the crisis contacts, 988. */
  String helpShown() {
    return browser.find(By.id("support-dialog")).getText();
  }
}
