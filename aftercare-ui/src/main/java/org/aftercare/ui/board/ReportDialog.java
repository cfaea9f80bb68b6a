package org.aftercare.ui.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.aftercare.board.GroupBoards;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * Asks why a post is reported and sends it to the facilitators; the reporter is told the outcome.
 */
class ReportDialog extends Dialog {

  ReportDialog(GroupBoards boards, UUID postId, Runnable afterReport) {
    setHeaderTitle(getTranslation("board.report.title"));
    setWidth("min(32rem, 95vw)");
    var reason = new TextArea(getTranslation("board.report.reason"));
    reason.setId("report-reason");
    reason.setWidthFull();
    reason.setHelperText(getTranslation("board.report.reason.hint"));
    var errors = new FieldErrors(reason);
    add(new Paragraph(getTranslation("board.report.theFacilitatorsWill")), reason);
    var send =
        new Button(
            getTranslation("board.report.send"),
            click -> {
              errors.clear();
              try {
                boards.report(postId, reason.getValue());
                close();
                afterReport.run();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    send.setId("send-report");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("board.report.cancel"), click -> close()), send);
  }
}
