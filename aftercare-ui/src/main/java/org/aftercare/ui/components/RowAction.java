package org.aftercare.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** A small, quiet button on a list's row — Edit, Remove, Send again — that does one thing. */
public class RowAction extends Button {

  public RowAction(String label, Runnable action) {
    super(label, click -> action.run());
    addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
  }
}
