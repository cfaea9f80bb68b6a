package org.aftercare.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A value staff hand on to someone else — an address, an id — shown read-only with a button that
 * copies it.
 */
public class CopyableField extends TextField {

  public CopyableField(String label, String value) {
    super(label);
    setValue(value);
    setReadOnly(true);
    var copy = new Button(VaadinIcon.COPY_O.create());
    copy.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY_INLINE);
    copy.setAriaLabel(getTranslation("components.copy"));
    copy.setTooltipText(getTranslation("components.copy"));
    copy.addClassName("copy-value");
    // The browser copies within the click itself; a round trip first would lose the user's
    // gesture, and the browser would refuse.
    Clipboard.onClick(copy)
        .writeText(
            this,
            copied ->
                Notification.show(
                    getTranslation("components.copied"), 2000, Notification.Position.BOTTOM_START),
            refused ->
                Notification.show(
                    getTranslation("components.copyRefused"),
                    5000,
                    Notification.Position.BOTTOM_START));
    setSuffixComponent(copy);
  }
}
