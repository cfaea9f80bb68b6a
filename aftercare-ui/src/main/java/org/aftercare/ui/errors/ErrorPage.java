package org.aftercare.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The plain page behind every error view: a heading, what happened, and a way back. */
abstract class ErrorPage extends VerticalLayout {

  ErrorPage() {
    addClassName("aftercare-page");
  }

  void show(String heading, String explanation) {
    removeAll();
    add(new H1(heading), new Paragraph(explanation), new Anchor("/", "Back to the start page"));
  }
}
