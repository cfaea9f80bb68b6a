package org.aftercare.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A page's title with its page-wide actions on the right, as every admin page starts. */
public class PageHeader extends HorizontalLayout {

  public PageHeader(String title, Component... actions) {
    var heading = new H1(title);
    add(heading);
    add(actions);
    setWidthFull();
    expand(heading);
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
  }
}
