package org.aftercare.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo, the portal's own styles, and a viewport for phones. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1")
@PWA(
    name = "Aftercare",
    shortName = "Aftercare",
    offlineResources = {})
public class AppShell implements AppShellConfigurator {}
