package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.coping.CopingPlans;
import org.aftercare.measures.AnswerOption;
import org.aftercare.measures.MeasureAssignment;
import org.aftercare.measures.MeasureOutcome;
import org.aftercare.measures.Measures;
import org.aftercare.measures.Question;
import org.aftercare.measures.Questionnaire;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * The questionnaires the client's clinician asked for that are due today, answered as one form at
 * phone width: every question required, a missing answer shown at its question. An answer that
 * calls for a person at once (PHQ-9 item 9) shows the crisis contacts straight after saving, as the
 * support button does. Nothing is shown when nothing is due.
 */
class DueMeasuresCard extends Div {

  private final Measures measures;
  private final SupportAlerts alerts;
  private final CopingPlans plans;
  private final UUID clientId;

  DueMeasuresCard(Measures measures, SupportAlerts alerts, CopingPlans plans, UUID clientId) {
    this.measures = measures;
    this.alerts = alerts;
    this.plans = plans;
    this.clientId = clientId;
    addClassName("aftercare-group-card");
    setId("due-measures");
    showDue();
  }

  private void showDue() {
    removeAll();
    List<MeasureAssignment> due = measures.dueFor(clientId);
    setVisible(!due.isEmpty());
    if (due.isEmpty()) {
      return;
    }
    add(new H2(getTranslation("measures.title")));
    add(new Paragraph(getTranslation("measures.intro")));
    for (MeasureAssignment assignment : due) {
      var questionnaire = assignment.getInstrument().questionnaire();
      var start =
          new Button(
              getTranslation("measures.start", questionnaire.name()),
              click -> showForm(assignment));
      start.setId("start-" + assignment.getInstrument().name().toLowerCase());
      start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      start.setWidthFull();
      add(start);
    }
  }

  private void showForm(MeasureAssignment assignment) {
    removeAll();
    Questionnaire questionnaire = assignment.getInstrument().questionnaire();
    var words = QuestionnaireWords.of(questionnaire, getLocale());
    if (words.isEnglishOnlyForReader()) {
      var englishOnly = new Paragraph(getTranslation("measures.englishOnly"));
      englishOnly.setId("measure-english-only");
      add(englishOnly);
    }
    var title = new H2(words.title());
    var preamble = new Paragraph(words.preamble());
    List<RadioButtonGroup<AnswerOption>> answers = new ArrayList<>();
    var form = new Div();
    form.setId("measure-form");
    for (Question question : questionnaire.questions()) {
      var field = createQuestion(question, words);
      answers.add(field);
      form.add(field);
    }
    showDetailsOnlyWhenAsked(questionnaire, answers);
    var errors = new FieldErrors(answers.getFirst());
    for (int i = 0; i < answers.size(); i++) {
      errors.field(questionnaire.questions().get(i).linkId(), answers.get(i));
    }
    var submit =
        new Button(getTranslation("measures.send"), click -> submit(assignment, answers, errors));
    submit.setId("submit-measure");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var later = new Button(getTranslation("measures.later"), click -> showDue());
    later.setId("measure-later");
    var terms = new Paragraph(words.terms());
    terms.addClassName("aftercare-fine-print");
    if (words.isEnglishOnlyForReader()) {
      // A screen reader reads the instrument's English as English, not with Spanish sounds.
      for (var english : List.of(title, preamble, form, terms)) {
        english.getElement().setAttribute("lang", "en");
      }
    }
    add(title, preamble, form, submit, later, terms);
  }

  /**
   * An item that details another (the BAM's drugs after its days of drug use) appears only once
   * that item is answered above its lowest option, and is cleared when it hides again.
   */
  private static void showDetailsOnlyWhenAsked(
      Questionnaire questionnaire, List<RadioButtonGroup<AnswerOption>> answers) {
    var questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (question.detailOf() == null) {
        continue;
      }
      var detail = answers.get(i);
      int detailedAt = questionnaire.indexOf(question.detailOf());
      Question detailed = questions.get(detailedAt);
      detail.setVisible(false);
      answers
          .get(detailedAt)
          .addValueChangeListener(
              chosen -> {
                boolean asked =
                    chosen.getValue() != null && chosen.getValue().score() > detailed.lowestScore();
                detail.setVisible(asked);
                if (!asked) {
                  detail.clear();
                }
              });
    }
  }

  /** Numbered as the instrument numbers it: {@code q7a} is "7a". */
  private static RadioButtonGroup<AnswerOption> createQuestion(
      Question question, QuestionnaireWords words) {
    var field =
        new RadioButtonGroup<AnswerOption>(
            question.linkId().substring(1) + ". " + words.question(question));
    field.setId("measure-" + question.linkId());
    field.setItems(question.options());
    field.setItemLabelGenerator(words::option);
    field.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    field.addClassName("aftercare-question");
    field.setRequiredIndicatorVisible(true);
    field.setWidthFull();
    field.addValueChangeListener(chosen -> field.setInvalid(false));
    return field;
  }

  /** The chosen answers' points; an item not asked counts as its lowest option. */
  private static List<Integer> pointsOf(
      Questionnaire questionnaire, List<RadioButtonGroup<AnswerOption>> answers) {
    List<Integer> points = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      var field = answers.get(i);
      points.add(
          field.isVisible()
              ? field.getValue().score()
              : questionnaire.questions().get(i).lowestScore());
    }
    return points;
  }

  private void submit(
      MeasureAssignment assignment,
      List<RadioButtonGroup<AnswerOption>> answers,
      FieldErrors errors) {
    errors.clear();
    var unanswered =
        answers.stream().filter(field -> field.isVisible() && field.getValue() == null).toList();
    if (!unanswered.isEmpty()) {
      unanswered.forEach(
          field -> FieldErrors.showAt(field, getTranslation("measures.answer.missing")));
      unanswered.getFirst().scrollIntoView();
      return;
    }
    try {
      MeasureOutcome outcome =
          measures.complete(
              assignment.getId(),
              assignment.nextDue().orElseThrow(),
              pointsOf(assignment.getInstrument().questionnaire(), answers));
      Notification.show(getTranslation("measures.saved"), 3000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      showDue();
      if (outcome.urgentSupportRaised()) {
        SupportButton.showHelp(alerts.crisisContactsInParts(), plans.openInAHardMoment());
      }
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    } catch (ConflictException answered) {
      Notification.show(
          getTranslation("measures.alreadyAnswered"), 4000, Notification.Position.MIDDLE);
      showDue();
    }
  }
}
