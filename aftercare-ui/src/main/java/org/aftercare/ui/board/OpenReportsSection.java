package org.aftercare.ui.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.aftercare.board.OpenReport;
import org.aftercare.ui.components.SessionTimes;

/** For facilitators: the reports no one has handled yet, each with hide, remove or leave up. */
class OpenReportsSection extends Div {

  /** What a facilitator decides about one report. */
  interface Decisions {
    void hide(OpenReport report);

    void remove(OpenReport report);

    void keep(OpenReport report);
  }

  OpenReportsSection(List<OpenReport> reports, ZoneId zone, Decisions decisions) {
    setId("board-open-reports");
    addClassName("aftercare-board-section");
    add(new H2(getTranslation("board.reports.title", reports.size())));
    for (OpenReport report : reports) {
      var card = new Div();
      card.addClassName("aftercare-board-post");
      card.getElement().setAttribute("data-report", report.reportId().toString());
      var about = new Span(getTranslation("board.reports.wrote", report.postAuthor()));
      about.addClassName("board-author");
      var body = new Paragraph();
      body.setText(report.postBody());
      body.addClassName("board-body");
      var reason = new Paragraph();
      reason.setText(
          getTranslation(
              "board.reports.reason", SessionTimes.at(report.at(), zone), report.reason()));
      reason.addClassName("text-secondary");
      var row = new Div();
      row.addClassName("aftercare-board-actions");
      row.add(
          button(getTranslation("board.reports.hide"), "review-hide", report, decisions::hide),
          button(
              getTranslation("board.reports.remove"), "review-remove", report, decisions::remove),
          button(getTranslation("board.reports.keep"), "review-keep", report, decisions::keep));
      card.add(about, body, reason, row);
      add(card);
    }
  }

  private static Button button(
      String label, String action, OpenReport report, Consumer<OpenReport> decide) {
    var button = new Button(label, click -> decide.accept(report));
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.addClassName(action);
    return button;
  }
}
