package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.aftercare.checkins.SupportAlerts;

/**
 * "I need support now": tells the client's mentor and the on-call clinician at once, then shows the
 * clinic's crisis contacts and the 988 Suicide &amp; Crisis Lifeline, which answer at any hour.
 */
class SupportButton extends Button {

  SupportButton(SupportAlerts alerts, UUID clientId) {
    super("I need support now");
    setId("need-support");
    addThemeVariants(
        ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    setWidthFull();
    addClickListener(
        click -> {
          alerts.raise(clientId);
          showHelp(alerts.crisisContacts());
        });
  }

  /**
   * What the client sees once an alert is raised for them, by this button or by an answer on a
   * questionnaire that calls for a person at once.
   */
  static void showHelp(String crisisContacts) {
    var dialog = new Dialog("Help is on its way");
    dialog.setId("support-dialog");
    dialog.add(
        new Paragraph(
            "Your mentor and the clinician on call have been told and will reach out to you."));
    if (!crisisContacts.isBlank()) {
      var contacts = new Paragraph(crisisContacts);
      contacts.setId("crisis-contacts");
      contacts.getStyle().set("white-space", "pre-line");
      dialog.add(contacts);
    }
    var lifeline = new Anchor("tel:988", "Call or text 988 (Suicide & Crisis Lifeline)");
    lifeline.setId("call-988");
    dialog.add(lifeline, new Paragraph("If you are in danger right now, call 911."));
    dialog.getFooter().add(new Button("Close", close -> dialog.close()));
    dialog.open();
  }
}
