package org.aftercare.ui.settings;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.access.Role;
import org.aftercare.board.BoardRules;
import org.aftercare.clinics.ClinicSettingsService;
import org.aftercare.identity.AccountService;
import org.aftercare.integrations.video.VideoAddresses;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.tenancy.ClinicSettings;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.TimeZonePicker;
import org.aftercare.video.VideoProviders;

/**
 * Name, time zone, contact, welcome text and video-link template of the admin's clinic, its
 * engagement thresholds, and the video service that reports attendance.
 */
@CdiComponent
@Route("settings")
@PageTitle("Clinic settings · Aftercare")
@Menu(order = 6, title = "Clinic settings")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ClinicSettingsView extends VerticalLayout {

  private final TextField name = new TextField("Clinic name");
  private final TimeZonePicker timeZone = new TimeZonePicker("Time zone");
  private final EmailField contactEmail = new EmailField("Contact e-mail");
  private final TextField contactPhone = new TextField("Contact phone");
  private final TextArea welcomeText = new TextArea("Welcome text for clients");
  private final TextField videoLinkTemplate = new TextField("Video meeting link template");
  private final TextField reminderHours = new TextField("Session reminders (hours before)");
  private final TextField neutralName = new TextField("Name on clients' e-mails and calendars");
  private final FieldErrors errors =
      new FieldErrors(name)
          .field("name", name)
          .field("timeZone", timeZone)
          .field("contactEmail", contactEmail)
          .field("contactPhone", contactPhone)
          .field("welcomeText", welcomeText)
          .field("videoLinkTemplate", videoLinkTemplate)
          .field("reminderHours", reminderHours)
          .field("neutralName", neutralName);

  @Inject
  public ClinicSettingsView(
      ClinicSettingsService settings,
      AccountService accounts,
      VideoProviders videoProviders,
      VideoAddresses videoAddresses,
      BoardRules boardRules) {
    addClassName("aftercare-page");
    configureFields();
    var save = new Button("Save settings", click -> save(settings));
    save.setId("save-settings");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form =
        new FormLayout(
            name,
            timeZone,
            contactEmail,
            contactPhone,
            welcomeText,
            videoLinkTemplate,
            reminderHours,
            neutralName);
    form.setColspan(welcomeText, 2);
    form.setColspan(videoLinkTemplate, 2);
    add(
        new H1("Clinic settings"),
        form,
        save,
        new EngagementSettingsForm(settings, accounts),
        new BoardSettingsForm(boardRules),
        new VideoServiceForm(videoProviders, videoAddresses));
    show(settings.current());
  }

  private void configureFields() {
    name.setId("settings-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(200);
    timeZone.setId("settings-time-zone");
    contactEmail.setId("settings-contact-email");
    contactPhone.setId("settings-contact-phone");
    welcomeText.setId("settings-welcome");
    welcomeText.setMaxLength(1000);
    welcomeText.setHelperText("Clients see this when they sign in. Keep it short and warm.");
    videoLinkTemplate.setId("settings-video-template");
    videoLinkTemplate.setHelperText(
        "An https:// link; {group} and {session} are filled in per meeting. Groups may override it.");
    reminderHours.setId("settings-reminder-hours");
    reminderHours.setHelperText(
        "Clients get an e-mail this many hours before each session, e.g. 24, 1. Leave empty for none.");
    neutralName.setId("settings-neutral-name");
    neutralName.setMaxLength(60);
    neutralName.setPlaceholder(ClinicSettings.DEFAULT_NEUTRAL_NAME);
    neutralName.setHelperText(
        "Inboxes and lock screens can be seen by others, so clients' mail never names the clinic."
            + " Leave empty for \""
            + ClinicSettings.DEFAULT_NEUTRAL_NAME
            + "\".");
  }

  private void show(ClinicSettings current) {
    name.setValue(current.name());
    timeZone.setValue(current.timeZone());
    contactEmail.setValue(orEmpty(current.contactEmail()));
    contactPhone.setValue(orEmpty(current.contactPhone()));
    welcomeText.setValue(orEmpty(current.welcomeText()));
    videoLinkTemplate.setValue(orEmpty(current.videoLinkTemplate()));
    reminderHours.setValue(current.reminderHours().replace(",", ", "));
    neutralName.setValue(orEmpty(current.neutralName()));
  }

  private void save(ClinicSettingsService settings) {
    errors.clear();
    try {
      show(
          settings.save(
              new ClinicSettings(
                  name.getValue(),
                  timeZone.getValue(),
                  contactEmail.getValue(),
                  contactPhone.getValue(),
                  welcomeText.getValue(),
                  videoLinkTemplate.getValue(),
                  reminderHours.getValue(),
                  neutralName.getValue())));
      Notification.show("Settings saved", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
