package org.aftercare.ui.clinics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Confirms a suspension or reactivation and asks why; the reason goes to the clinic's audit trail.
 * The confirm button stays disabled until a reason is given.
 */
class StatusChangeDialog extends Dialog {

  StatusChangeDialog(
      String title, String consequence, String confirmLabel, Consumer<String> onConfirm) {
    setHeaderTitle(title);
    setWidth("min(32rem, 100vw)");
    var reason = new TextArea(getTranslation("clinics.status.reason"));
    reason.setId("status-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    reason.setValueChangeMode(ValueChangeMode.EAGER);
    reason.setRequiredIndicatorVisible(true);
    add(new Paragraph(consequence), reason);
    var confirm =
        new Button(
            confirmLabel,
            click -> {
              onConfirm.accept(reason.getValue());
              close();
            });
    confirm.setId("confirm-status-change");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    confirm.setEnabled(false);
    reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
    getFooter().add(new Button(getTranslation("clinics.status.cancel"), click -> close()), confirm);
  }
}
