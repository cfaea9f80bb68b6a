package org.aftercare.ui.engagement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.aftercare.outreach.OutreachOutcome;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;

/** Closes a follow-up with what came of reaching out. */
class FollowUpDoneDialog extends Dialog {

  private final RadioButtonGroup<OutreachOutcome> outcome = createOutcome();
  private final TextArea note = createNote();
  private final FieldErrors errors =
      new FieldErrors(outcome).field("outcome", outcome).field("note", note);

  FollowUpDoneDialog(OpenTask item, OutreachTasks tasks, Runnable refresh) {
    setHeaderTitle("Follow-up with " + item.client().getDisplayName());
    add(new VerticalLayout(outcome, note));
    var save =
        new Button(
            "Mark done",
            click -> {
              errors.clear();
              try {
                tasks.done(item.task().getId(), outcome.getValue(), note.getValue());
                close();
                Notification.show("Follow-up done", 3000, Notification.Position.BOTTOM_START);
                refresh.run();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              } catch (ConflictException changed) {
                close();
                Notification.show(changed.getMessage(), 4000, Notification.Position.MIDDLE);
                refresh.run();
              }
            });
    save.setId("save-follow-up");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private static RadioButtonGroup<OutreachOutcome> createOutcome() {
    var outcome = new RadioButtonGroup<OutreachOutcome>("What came of it");
    outcome.setId("follow-up-outcome");
    outcome.setItems(OutreachOutcome.values());
    outcome.setItemLabelGenerator(Labels::of);
    outcome.setValue(OutreachOutcome.REACHED);
    return outcome;
  }

  private static TextArea createNote() {
    var note = new TextArea("Note (needed for \"Other\")");
    note.setId("follow-up-note");
    note.setMaxLength(2000);
    note.setWidthFull();
    return note;
  }
}
