package org.aftercare.ui.engagement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.aftercare.outreach.OutreachTask;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.outreach.OutreachTasks.OpenTask;
import org.aftercare.ui.components.Labels;

/** Open follow-ups, each with who, why, when it is due, and Done and Snooze. */
class FollowUpList extends VerticalLayout {

  FollowUpList(
      List<OpenTask> open, OutreachTasks tasks, LocalDate today, String empty, Runnable refresh) {
    setPadding(false);
    setId("follow-ups");
    if (open.isEmpty()) {
      var none = new Paragraph(empty);
      none.addClassName("aftercare-empty-state");
      add(none);
      return;
    }
    for (OpenTask item : open) {
      var who = new Span(item.client().getDisplayName());
      who.addClassName("aftercare-roster-name");
      var why =
          new Span(
              item.task().reasons().stream().map(Labels::of).collect(Collectors.joining(" · ")));
      var when = new Span(dueText(item.task(), today));
      when.addClassName("follow-up-due");
      if (item.task().isOverdueOn(today)
          || (item.task().isUrgent() && !item.task().isSnoozedOn(today))) {
        when.addClassName("aftercare-error-text");
      }
      var done =
          new Button(
              getTranslation("engagement.followUps.done"),
              click -> new FollowUpDoneDialog(item, tasks, refresh).open());
      done.addClassName("follow-up-done");
      done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      var snooze =
          new Button(
              getTranslation("engagement.followUps.snooze"),
              click -> new SnoozeFollowUpDialog(item, tasks, today, refresh).open());
      snooze.addClassName("follow-up-snooze");
      snooze.addThemeVariants(ButtonVariant.LUMO_SMALL);
      var row = new Div(who, why, when, done, snooze);
      row.addClassNames("aftercare-roster-row", "follow-up");
      row.getElement().setAttribute("data-client", item.client().getDisplayName());
      add(row);
    }
  }

  private String dueText(OutreachTask task, LocalDate today) {
    var day = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
    if (task.isSnoozedOn(today)) {
      return getTranslation("engagement.followUps.snoozedUntil", day.format(task.getDueOn()))
          + task.snoozeReason().map(reason -> " (" + reason + ")").orElse("");
    }
    if (task.isOverdueOn(today)) {
      return getTranslation("engagement.followUps.overdueSince", day.format(task.getDueOn()));
    }
    return task.getDueOn().equals(today)
        ? getTranslation("engagement.followUps.dueToday")
        : getTranslation("engagement.followUps.due", day.format(task.getDueOn()));
  }
}
