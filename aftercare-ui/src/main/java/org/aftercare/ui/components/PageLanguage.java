package org.aftercare.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells the browser which language each page is in ({@code <html lang>}), after every navigation:
 * screen readers pronounce Spanish as Spanish, and the browser does not offer to translate a page
 * that already is in the reader's language.
 */
@ApplicationScoped
public class PageLanguage {

  void onServiceInit(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              UI ui = init.getUI();
              ui.addAfterNavigationListener(
                  navigation ->
                      ui.getPage()
                          .executeJs(
                              "document.documentElement.lang = $0", ui.getLocale().getLanguage()));
            });
  }
}
