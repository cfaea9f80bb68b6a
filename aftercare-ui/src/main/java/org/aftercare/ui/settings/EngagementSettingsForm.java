package org.aftercare.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.aftercare.access.Role;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.EngagementSettings;
import org.aftercare.ui.components.FieldErrors;

/**
 * When a client is flagged as slipping, who is on call for "I need support now", how soon an
 * unanswered request escalates, and the crisis contacts clients are shown.
 */
class EngagementSettingsForm extends VerticalLayout {

  private final IntegerField missed = number("Flag after missed sessions in a row", "flag-missed");
  private final IntegerField quietDays =
      number("Flag after days without a check-in", "flag-quiet-days");
  private final IntegerField craving = number("Flag at craving (0–10) or above", "flag-craving");
  private final IntegerField percent = number("Flag below attendance % (30 days)", "flag-percent");
  private final IntegerField escalation =
      number("Escalate unanswered support after (minutes)", "alert-escalation");
  private final Select<Account> onCall = new Select<>();
  private final TextArea crisis = new TextArea("Crisis contacts shown to clients");

  EngagementSettingsForm(ClinicSettingsService settings, AccountService accounts) {
    setPadding(false);
    onCall.setId("on-call");
    onCall.setLabel("On-call clinician");
    List<Account> clinicians =
        accounts.staff().stream()
            .filter(Account::isActive)
            .filter(a -> a.getRoles().contains(Role.CLINICIAN))
            .toList();
    onCall.setItems(clinicians);
    onCall.setItemLabelGenerator(a -> a == null ? "No one" : a.getDisplayName());
    onCall.setEmptySelectionAllowed(true);
    onCall.setEmptySelectionCaption("No one");
    crisis.setId("crisis-contacts-setting");
    crisis.setMaxLength(500);
    crisis.setHelperText("Shown after a client presses \"I need support now\", with the 988 line.");
    EngagementSettings current = settings.engagement();
    missed.setValue(current.missedSessions());
    quietDays.setValue(current.noCheckInDays());
    craving.setValue(current.craving());
    percent.setValue(current.attendancePercent());
    escalation.setValue(current.escalationMinutes());
    clinicians.stream()
        .filter(a -> a.getId().equals(current.onCallAccountId()))
        .findFirst()
        .ifPresent(onCall::setValue);
    crisis.setValue(current.crisisContacts() == null ? "" : current.crisisContacts());
    var errors =
        new FieldErrors(missed)
            .field("missedSessions", missed)
            .field("noCheckInDays", quietDays)
            .field("craving", craving)
            .field("attendancePercent", percent)
            .field("escalationMinutes", escalation)
            .field("onCall", onCall)
            .field("crisisContacts", crisis);
    var form = new FormLayout(missed, quietDays, craving, percent, escalation, onCall, crisis);
    form.setColspan(crisis, 2);
    var save =
        new Button(
            "Save engagement settings",
            click -> {
              errors.clear();
              try {
                settings.saveEngagement(
                    new EngagementSettings(
                        valueOf(missed),
                        valueOf(quietDays),
                        valueOf(craving),
                        valueOf(percent),
                        valueOf(escalation),
                        onCall.getValue() == null ? null : onCall.getValue().getId(),
                        crisis.getValue()));
                Notification.show(
                        "Engagement settings saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-engagement-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2("Engagement and support"), form, save);
  }

  private static IntegerField number(String label, String id) {
    var field = new IntegerField(label);
    field.setId(id);
    field.setStepButtonsVisible(true);
    return field;
  }

  private static int valueOf(IntegerField field) {
    return field.getValue() == null ? 0 : field.getValue();
  }
}
