package org.aftercare.ui.engagement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/** Puts a follow-up off until a later day, saying why. */
class SnoozeFollowUpDialog extends Dialog {

  private final DatePicker until = new DatePicker("Until");
  private final TextField reason = new TextField("Why it can wait");
  private final FieldErrors errors =
      new FieldErrors(reason).field("until", until).field("reason", reason);

  SnoozeFollowUpDialog(OpenTask item, OutreachTasks tasks, LocalDate today, Runnable refresh) {
    setHeaderTitle("Snooze the follow-up with " + item.client().getDisplayName());
    until.setId("snooze-until");
    until.setMin(today.plusDays(1));
    until.setValue(today.plusDays(1));
    reason.setId("snooze-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    add(new VerticalLayout(until, reason));
    var save =
        new Button(
            "Snooze",
            click -> {
              errors.clear();
              try {
                tasks.snooze(item.task().getId(), until.getValue(), reason.getValue());
                close();
                Notification.show("Follow-up snoozed", 3000, Notification.Position.BOTTOM_START);
                refresh.run();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              } catch (ConflictException changed) {
                close();
                Notification.show(changed.getMessage(), 4000, Notification.Position.MIDDLE);
                refresh.run();
              }
            });
    save.setId("save-snooze");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }
}
