package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.Milestone;
import org.aftercare.checkins.RecoveryProgress;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.Figure;
import org.aftercare.ui.components.MilestoneText;

/**
 * Today's check-in on the client's phone, four taps and an optional word: mood, craving, any use.
 * Above it the days in recovery, the check-in streak and the next milestone; below it the 30-day
 * chart.
 */
class DailyCheckInCard extends Div {

  private final CheckIns checkIns;
  private final UUID clientId;

  DailyCheckInCard(CheckIns checkIns, UUID clientId) {
    this.checkIns = checkIns;
    this.clientId = clientId;
    addClassName("aftercare-group-card");
    setId("daily-check-in");
    render();
  }

  private void render() {
    removeAll();
    RecoveryProgress progress = checkIns.progressOf(clientId);
    add(new H2("Today"));
    var figures = new Div();
    figures.addClassName("aftercare-figures");
    progress
        .daysInRecovery()
        .ifPresent(
            days ->
                figures.add(
                    new Figure(
                            Long.toString(days), days == 1 ? "day in recovery" : "days in recovery")
                        .withValueId("days-in-recovery")));
    figures.add(
        new Figure(Integer.toString(progress.checkInStreak()), "day check-in streak")
            .withValueId("check-in-streak"));
    add(figures);
    progress.nextMilestone().ifPresent(milestone -> add(nextMilestone(milestone, progress.asOf())));

    var mood = new RadioButtonGroup<Integer>("How are you feeling? (1 low – 5 great)");
    mood.setId("check-in-mood");
    mood.setItems(1, 2, 3, 4, 5);
    var craving = new Select<Integer>();
    craving.setId("check-in-craving");
    craving.setLabel("Craving (0 none – 10 strongest)");
    craving.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
    var used = new RadioButtonGroup<Boolean>("Any use today?");
    used.setId("check-in-used");
    used.setItems(false, true);
    used.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
    var note = new TextField("Anything to add? (optional)");
    note.setId("check-in-note");
    note.setMaxLength(1000);
    note.setWidthFull();
    var helped = new TextField("What helped today? (optional)");
    helped.setId("check-in-helped");
    helped.setMaxLength(500);
    helped.setWidthFull();
    progress
        .today()
        .ifPresent(
            today -> {
              mood.setValue(today.answers().mood());
              craving.setValue(today.answers().craving());
              used.setValue(today.answers().used());
              note.setValue(today.answers().note() == null ? "" : today.answers().note());
              helped.setValue(
                  today.answers().whatHelped() == null ? "" : today.answers().whatHelped());
            });
    var save =
        new Button(
            progress.today().isPresent() ? "Update today's check-in" : "Save check-in",
            click -> {
              if (mood.getValue() == null
                  || craving.getValue() == null
                  || used.getValue() == null) {
                Notification.show(
                    "Answer mood, craving and use first.", 3000, Notification.Position.MIDDLE);
                return;
              }
              try {
                checkIns.record(
                    clientId,
                    new CheckInAnswers(
                        mood.getValue(),
                        craving.getValue(),
                        used.getValue(),
                        note.getValue(),
                        helped.getValue()));
                Notification.show("Check-in saved. Thank you.", 3000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
              } catch (InvalidInputException invalid) {
                Notification.show(invalid.getMessage(), 4000, Notification.Position.MIDDLE);
              }
            });
    save.setId("save-check-in");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(mood, craving, used, note, helped, save);
    add(
        new Paragraph("Your last 30 days"),
        TrendChart.of(progress.lastThirtyDays(), progress.asOf()));
  }

  /** On the day itself a congratulation; before it, what comes next and when. */
  private static Paragraph nextMilestone(Milestone milestone, LocalDate today) {
    var text =
        new Paragraph(
            milestone.daysFrom(today) == 0
                ? "Today you reach " + milestone.title() + ". Well done."
                : "Next milestone: " + MilestoneText.of(milestone, today));
    text.setId("next-milestone");
    text.addClassName("aftercare-milestone");
    return text;
  }
}
