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
import org.aftercare.ui.components.PortalTranslations;

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
    add(new H2(getTranslation("checkin.title")));
    var figures = new Div();
    figures.addClassName("aftercare-figures");
    progress
        .daysInRecovery()
        .ifPresent(
            days ->
                figures.add(
                    new Figure(Long.toString(days), getTranslation("checkin.daysInRecovery", days))
                        .withValueId("days-in-recovery")));
    figures.add(
        new Figure(Integer.toString(progress.checkInStreak()), getTranslation("checkin.streak"))
            .withValueId("check-in-streak"));
    add(figures);
    progress.nextMilestone().ifPresent(milestone -> add(nextMilestone(milestone, progress.asOf())));

    var mood = new RadioButtonGroup<Integer>(getTranslation("checkin.mood.label"));
    mood.setId("check-in-mood");
    mood.setItems(1, 2, 3, 4, 5);
    var craving = new Select<Integer>();
    craving.setId("check-in-craving");
    craving.setLabel(getTranslation("checkin.craving.label"));
    craving.setHelperText(getTranslation("checkin.craving.hint"));
    craving.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
    var used = new RadioButtonGroup<Boolean>(getTranslation("checkin.used.label"));
    used.setId("check-in-used");
    used.setItems(false, true);
    used.setItemLabelGenerator(yes -> getTranslation(yes ? "common.yes" : "common.no"));
    var note = new TextField(getTranslation("checkin.note.label"));
    note.setId("check-in-note");
    note.setMaxLength(1000);
    note.setWidthFull();
    var helped = new TextField(getTranslation("checkin.helped.label"));
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
            getTranslation(progress.today().isPresent() ? "checkin.update" : "checkin.save"),
            click -> {
              if (mood.getValue() == null
                  || craving.getValue() == null
                  || used.getValue() == null) {
                Notification.show(
                    getTranslation("checkin.missing"), 3000, Notification.Position.MIDDLE);
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
                Notification.show(
                        getTranslation("checkin.saved"), 3000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
                // The pressed button is gone with the old card; without this a keyboard user's
                // focus falls back to the top of the page.
                getChildren()
                    .filter(Button.class::isInstance)
                    .map(Button.class::cast)
                    .reduce((first, last) -> last)
                    .ifPresent(Button::focus);
              } catch (InvalidInputException invalid) {
                Notification.show(
                    PortalTranslations.refusal(invalid), 4000, Notification.Position.MIDDLE);
              }
            });
    save.setId("save-check-in");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(mood, craving, used, note, helped, save);
    add(
        new Paragraph(getTranslation("checkin.trend.title")),
        TrendChart.of(progress.lastThirtyDays(), progress.asOf(), getLocale()));
  }

  /** On the day itself a congratulation; before it, what comes next and when. */
  private Paragraph nextMilestone(Milestone milestone, LocalDate today) {
    var text =
        new Paragraph(
            milestone.daysFrom(today) == 0
                ? getTranslation(
                    "checkin.milestone.today", MilestoneText.title(milestone, getLocale()))
                : getTranslation(
                    "checkin.milestone.next", MilestoneText.of(milestone, today, getLocale())));
    text.setId("next-milestone");
    text.addClassName("aftercare-milestone");
    return text;
  }
}
