package org.aftercare.ui.engagement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.PortalTranslations;

/**
 * What the dialogs that act on a follow-up share: Cancel and a save button that closes, says what
 * happened and refreshes the list; refused input stays open with messages at the fields, and a
 * follow-up someone else changed meanwhile closes with what they did.
 */
abstract class FollowUpDialog extends Dialog {

  void addSave(
      String label, String id, String done, FieldErrors errors, Runnable save, Runnable refresh) {
    var button =
        new Button(
            label,
            click -> {
              errors.clear();
              try {
                save.run();
                close();
                Notification.show(done, 3000, Notification.Position.BOTTOM_START);
                refresh.run();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              } catch (ConflictException changed) {
                close();
                Notification.show(
                    PortalTranslations.refusal(changed), 4000, Notification.Position.MIDDLE);
                refresh.run();
              }
            });
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter()
        .add(new Button(getTranslation("engagement.followUp.cancel"), click -> close()), button);
  }
}
