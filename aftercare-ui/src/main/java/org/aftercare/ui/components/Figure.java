package org.aftercare.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A big number over what it counts ("30 / days in recovery"), in a row of {@code
 * aftercare-figures}.
 */
public class Figure extends Div {

  private final Span value;

  public Figure(String value, String label) {
    this.value = new Span(value);
    this.value.addClassName("aftercare-figure-value");
    add(this.value, new Span(label));
    addClassName("aftercare-figure");
  }

  /** Names the number itself, for tests that read it. */
  public Figure withValueId(String id) {
    value.setId(id);
    return this;
  }
}
