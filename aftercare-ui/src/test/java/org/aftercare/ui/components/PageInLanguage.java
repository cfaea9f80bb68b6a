package org.aftercare.ui.components;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A page read in a language, for unit tests of code that asks the current page for its reader's
 * locale ({@link PortalTranslations#current()}); the page is left after each test. Register with
 * {@code @RegisterExtension}.
 */
public final class PageInLanguage implements AfterEachCallback {

  /**
   * Held here because Vaadin holds the current UI only weakly: a garbage collection in the middle
   * of a test would otherwise end the page, and the code under test would read English.
   */
  private UI page;

  public void readIn(Locale locale) {
    page = new UI();
    page.setLocale(locale);
    UI.setCurrent(page);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    UI.setCurrent(null);
    page = null;
  }
}
