package org.aftercare.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.library.WorksheetAnswers;
import org.aftercare.ui.components.SessionTimes;

/** The sent answers to a worksheet that the reader may see, newest first. */
class WorksheetAnswersDialog extends Dialog {

  WorksheetAnswersDialog(String title, List<WorksheetAnswers> sent, ZoneId zone) {
    setHeaderTitle(getTranslation("library.answers.title", title));
    setWidth("min(44rem, 100vw)");
    var list = new VerticalLayout();
    list.setId("worksheet-answers");
    list.setPadding(false);
    if (sent.isEmpty()) {
      list.add(new Paragraph(getTranslation("library.answers.none")));
    }
    for (WorksheetAnswers answers : sent) {
      var card = new Div();
      card.addClassName("aftercare-worksheet-answers");
      card.add(
          new H3(
              getTranslation(
                  "library.answers.sent",
                  answers.clientName(),
                  SessionTimes.at(answers.submittedAt(), zone))));
      for (WorksheetAnswers.FieldAnswer answer : answers.answers()) {
        var field = new Span(answer.title());
        field.addClassName("font-semibold");
        card.add(field, new Paragraph(answer.answer() == null ? "—" : answer.answer()));
      }
      list.add(card);
    }
    add(list);
    getFooter().add(new Button(getTranslation("common.close"), click -> close()));
  }
}
