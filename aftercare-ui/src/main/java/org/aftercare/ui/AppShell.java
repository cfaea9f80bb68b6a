package org.aftercare.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;

/**
 * Page-wide settings: Lumo, the portal's own styles, a viewport for phones, and what makes the
 * portal installable: the web app manifest, its icons, and the service worker that shows the crisis
 * numbers when there is no connection.
 *
 * <p>Not Vaadin's {@code @PWA}: its service worker answers an offline navigation with one page
 * cached when the worker installs, the same for everyone, while the offline page must carry the
 * signed-in client's own clinic's crisis contacts. The manifest, the icons and {@code
 * offline-worker.js} are static files of the WAR.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

  /** The portal's teal, as in the icons and the manifest. */
  static final String THEME_COLOR = "#0b6e69";

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addLink("manifest", "/manifest.webmanifest");
    settings.addLink("/icons/icon-192.png", Map.of("rel", "icon", "type", "image/png"));
    settings.addLink("apple-touch-icon", "/icons/apple-touch-icon.png");
    settings.addMetaTag("theme-color", THEME_COLOR);
    settings.addInlineWithContents(
        Inline.Position.APPEND,
        "if ('serviceWorker' in navigator) {"
            + " navigator.serviceWorker.register('/offline-worker.js', {scope: '/'}); }",
        Inline.Wrapping.JAVASCRIPT);
  }
}
