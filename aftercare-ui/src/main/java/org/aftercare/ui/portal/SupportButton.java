package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.UUID;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.coping.CopingPlanContents;
import org.aftercare.coping.CopingPlans;

/**
 * "I need support now": tells the client's mentor and the on-call clinician at once, then shows the
 * clinic's crisis contacts and the 988 Suicide &amp; Crisis Lifeline, which answer at any hour, and
 * the client's own coping plan with their people to call.
 */
class SupportButton extends Button {

  SupportButton(SupportAlerts alerts, CopingPlans plans, UUID clientId) {
    super("I need support now");
    setId("need-support");
    addThemeVariants(
        ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    setWidthFull();
    addClickListener(
        click -> {
          alerts.raise(clientId);
          showHelp(alerts.crisisContacts(), plans.openInAHardMoment());
        });
  }

  /**
   * What the client sees once an alert is raised for them, by this button or by an answer on a
   * questionnaire that calls for a person at once: who will reach out, the crisis lines, and their
   * own coping plan.
   */
  static void showHelp(String crisisContacts, CopingPlanContents plan) {
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
    dialog.add(planSection(plan));
    dialog.getFooter().add(new Button("Close", close -> dialog.close()));
    dialog.open();
  }

  /** While help is on its way: what the client wrote for this moment, with their people to call. */
  private static Div planSection(CopingPlanContents plan) {
    var section = new Div(new H3("Your coping plan"));
    section.setId("support-coping-plan");
    if (plan.isEmpty()) {
      section.add(
          new Paragraph(
              "You have no coping plan yet. Write one under Between sessions for moments like"
                  + " this."));
      return section;
    }
    part(section, "What helps", plan.whatHelps());
    if (!plan.peopleToCall().isEmpty()) {
      var people = new UnorderedList();
      plan.peopleToCall()
          .forEach(
              person ->
                  people.add(
                      new ListItem(
                          new Anchor(
                              "tel:" + person.phone().replaceAll("[^0-9+]", ""),
                              person.name() + " · " + person.phone()))));
      section.add(new H4("People to call"), people);
    }
    part(section, "My reasons for recovery", plan.reasons());
    part(section, "Warning signs", plan.warningSigns());
    part(section, "Triggers", plan.triggers());
    return section;
  }

  private static void part(Div section, String label, String text) {
    if (text != null) {
      var paragraph = new Paragraph(text);
      paragraph.getStyle().set("white-space", "pre-line");
      section.add(new H4(label), paragraph);
    }
  }
}
