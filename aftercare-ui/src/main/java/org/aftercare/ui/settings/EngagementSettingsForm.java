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

  private final IntegerField missed = number("settings.engagement.missed", "flag-missed");
  private final IntegerField quietDays = number("settings.engagement.quietDays", "flag-quiet-days");
  private final IntegerField craving = number("settings.engagement.craving", "flag-craving");
  private final IntegerField percent = number("settings.engagement.percent", "flag-percent");
  private final IntegerField escalation =
      number("settings.engagement.escalation", "alert-escalation");
  private final Select<Account> onCall = new Select<>();
  private final TextArea crisis = new TextArea(getTranslation("settings.engagement.crisis"));

  EngagementSettingsForm(ClinicSettingsService settings, AccountService accounts) {
    setPadding(false);
    onCall.setId("on-call");
    onCall.setLabel(getTranslation("settings.engagement.onCall"));
    List<Account> clinicians =
        accounts.staff().stream()
            .filter(Account::isActive)
            .filter(a -> a.getRoles().contains(Role.CLINICIAN))
            .toList();
    onCall.setItems(clinicians);
    onCall.setItemLabelGenerator(
        a -> a == null ? getTranslation("settings.engagement.onCall.none") : a.getDisplayName());
    onCall.setEmptySelectionAllowed(true);
    onCall.setEmptySelectionCaption(getTranslation("settings.engagement.onCall.any"));
    crisis.setId("crisis-contacts-setting");
    crisis.setMaxLength(500);
    crisis.setHelperText(getTranslation("settings.engagement.crisis.hint"));
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
            getTranslation("settings.engagement.save"),
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
                        getTranslation("settings.engagement.engagementSettingsSaved"),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-engagement-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new H2(getTranslation("settings.engagement.engagementAndSupport")), form, save);
  }

  private IntegerField number(String labelKey, String id) {
    var field = new IntegerField(getTranslation(labelKey));
    field.setId(id);
    field.setStepButtonsVisible(true);
    return field;
  }

  private static int valueOf(IntegerField field) {
    return field.getValue() == null ? 0 : field.getValue();
  }
}
