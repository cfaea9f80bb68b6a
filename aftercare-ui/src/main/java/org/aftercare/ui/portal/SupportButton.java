package org.aftercare.ui.portal;

import com.vaadin.flow.component.UI;
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
import java.util.Locale;
import java.util.UUID;
import org.aftercare.checkins.CrisisContacts;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.coping.CopingPlanContents;
import org.aftercare.coping.CopingPlans;
import org.aftercare.ui.components.PortalTranslations;

/**
 * "I need support now": tells the client's mentor and the on-call clinician at once, then shows the
 * clinic's crisis contacts and the 988 Suicide &amp; Crisis Lifeline, which answer at any hour, and
 * the client's own coping plan with their people to call.
 */
class SupportButton extends Button {

  SupportButton(SupportAlerts alerts, CopingPlans plans, UUID clientId, String label) {
    super(label);
    setId("need-support");
    addThemeVariants(
        ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    setWidthFull();
    addClickListener(
        click -> {
          alerts.raise(clientId);
          showHelp(alerts.crisisContactsInParts(), plans.openInAHardMoment());
        });
  }

  /**
   * What the client sees once an alert is raised for them, by this button or by an answer on a
   * questionnaire that calls for a person at once: who will reach out, the crisis lines, and their
   * own coping plan.
   */
  static void showHelp(CrisisContacts crisisContacts, CopingPlanContents plan) {
    var dialog = new Dialog(text("support.dialog.title"));
    dialog.setId("support-dialog");
    dialog.add(new Paragraph(text("support.dialog.told")));
    if (!crisisContacts.isEmpty()) {
      var contacts = new Paragraph(clinicContacts(crisisContacts, UI.getCurrent().getLocale()));
      contacts.setId("crisis-contacts");
      contacts.getStyle().set("white-space", "pre-line");
      dialog.add(contacts);
    }
    var lifeline = new Anchor("tel:988", text("support.call988"));
    lifeline.setId("call-988");
    dialog.add(lifeline, new Paragraph(text("support.danger")));
    dialog.add(planSection(plan));
    var close = new Button(text("common.close"), click -> dialog.close());
    close.setId("close-support");
    dialog.getFooter().add(close);
    dialog.open();
  }

  /**
   * The clinic's crisis contacts as the clinic wrote them, in its own words; only the line we write
   * when it wrote none ("Your clinic: …") is in the reader's language. Empty when neither.
   */
  static String clinicContacts(CrisisContacts contacts, Locale reader) {
    if (contacts.written() != null) {
      return contacts.written();
    }
    return contacts.clinicPhone() == null
        ? ""
        : PortalTranslations.in(reader, "support.clinicPhone", contacts.clinicPhone());
  }

  private static String text(String key, Object... arguments) {
    return PortalTranslations.text(key, arguments);
  }

  /** While help is on its way: what the client wrote for this moment, with their people to call. */
  private static Div planSection(CopingPlanContents plan) {
    var section = new Div(new H3(text("support.plan.title")));
    section.setId("support-coping-plan");
    if (plan.isEmpty()) {
      section.add(new Paragraph(text("support.plan.none")));
      return section;
    }
    part(section, text("support.plan.helps"), plan.whatHelps());
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
      section.add(new H4(text("support.plan.people")), people);
    }
    part(section, text("support.plan.reasons"), plan.reasons());
    part(section, text("support.plan.warning"), plan.warningSigns());
    part(section, text("support.plan.triggers"), plan.triggers());
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
