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

  public void readIn(Locale locale) {
    var ui = new UI();
    ui.setLocale(locale);
    UI.setCurrent(ui);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    UI.setCurrent(null);
  }
}
