package org.aftercare.ui.engagement;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Pickers;

/** Puts a follow-up off until a later day, saying why. */
class SnoozeFollowUpDialog extends FollowUpDialog {

  private final DatePicker until = Pickers.date(getTranslation("engagement.snooze.until"));
  private final TextField reason = new TextField(getTranslation("engagement.snooze.reason"));
  private final FieldErrors errors =
      new FieldErrors(reason).field("until", until).field("reason", reason);

  SnoozeFollowUpDialog(OpenTask item, OutreachTasks tasks, LocalDate today, Runnable refresh) {
    setHeaderTitle(getTranslation("engagement.snooze.title", item.client().getDisplayName()));
    until.setId("snooze-until");
    until.setMin(today.plusDays(1));
    until.setValue(today.plusDays(1));
    reason.setId("snooze-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    add(new VerticalLayout(until, reason));
    addSave(
        getTranslation("engagement.snooze.save"),
        "save-snooze",
        getTranslation("engagement.snooze.done"),
        errors,
        () -> tasks.snooze(item.task().getId(), until.getValue(), reason.getValue()),
        refresh);
  }
}
