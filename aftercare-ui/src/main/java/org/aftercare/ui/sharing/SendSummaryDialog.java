package org.aftercare.ui.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Pickers;
import org.aftercare.ui.components.PortalTranslations;

/**
 * Sends one recipient a summary of the days chosen, now — by default the seven days ending
 * yesterday. Without a consent in force for this recipient the core refuses, and the dialog says
 * so.
 */
class SendSummaryDialog extends Dialog {

  SendSummaryDialog(SummaryOutbox outbox, CareTeamRecipient recipient, ZoneId zone) {
    setHeaderTitle(getTranslation("sharing.summary.title", recipient.getName()));
    setWidth("min(30rem, 100vw)");
    LocalDate today = LocalDate.now(zone);
    var from = Pickers.date(getTranslation("sharing.summary.from"));
    from.setId("summary-from");
    from.setValue(today.minusDays(7));
    from.setMax(today);
    var to = Pickers.date(getTranslation("sharing.summary.to"));
    to.setId("summary-to");
    to.setValue(today.minusDays(1));
    to.setMax(today);
    from.addValueChangeListener(change -> to.setMin(change.getValue()));
    var errors = new FieldErrors(to).field("from", from).field("to", to);
    // No consent covering the recipient is about the whole request, not one of the dates.
    var refused = new Paragraph();
    refused.setId("summary-refused");
    refused.addClassName("aftercare-error-text");
    refused.setVisible(false);
    add(new FormLayout(from, to), refused);
    var send =
        new Button(
            getTranslation("sharing.summary.send"),
            click -> {
              errors.clear();
              refused.setVisible(false);
              try {
                outbox.sendNow(recipient.getId(), from.getValue(), to.getValue());
                close();
                Notification.show(
                        getTranslation("sharing.summary.queued", recipient.getName()),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                if ("recipient".equals(invalid.field())) {
                  refused.setText(PortalTranslations.refusal(invalid));
                  refused.setVisible(true);
                } else {
                  errors.show(invalid);
                }
              }
            });
    send.setId("send-summary");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("sharing.summary.cancel"), click -> close()), send);
  }
}
