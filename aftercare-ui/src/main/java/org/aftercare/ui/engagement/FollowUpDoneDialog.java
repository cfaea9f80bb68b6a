package org.aftercare.ui.engagement;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.aftercare.outreach.OutreachOutcome;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;

/** Closes a follow-up with what came of reaching out. */
class FollowUpDoneDialog extends FollowUpDialog {

  private final RadioButtonGroup<OutreachOutcome> outcome = createOutcome();
  private final TextArea note = createNote();
  private final FieldErrors errors =
      new FieldErrors(outcome).field("outcome", outcome).field("note", note);

  FollowUpDoneDialog(OpenTask item, OutreachTasks tasks, Runnable refresh) {
    setHeaderTitle(getTranslation("engagement.followUpDone.title", item.client().getDisplayName()));
    add(new VerticalLayout(outcome, note));
    addSave(
        getTranslation("engagement.followUpDone.save"),
        "save-follow-up",
        getTranslation("engagement.followUpDone.done"),
        errors,
        () -> tasks.done(item.task().getId(), outcome.getValue(), note.getValue()),
        refresh);
  }

  private static RadioButtonGroup<OutreachOutcome> createOutcome() {
    var outcome =
        new RadioButtonGroup<OutreachOutcome>(
            PortalTranslations.text("engagement.followUpDone.outcome"));
    outcome.setId("follow-up-outcome");
    outcome.setItems(OutreachOutcome.values());
    outcome.setItemLabelGenerator(Labels::of);
    outcome.setValue(OutreachOutcome.REACHED);
    return outcome;
  }

  private static TextArea createNote() {
    var note = new TextArea(PortalTranslations.text("engagement.followUpDone.note"));
    note.setId("follow-up-note");
    note.setMaxLength(2000);
    note.setWidthFull();
    return note;
  }
}
