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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 6, title = "Clinic settings")
@RolesAllowed(Role.Names.CLINIC_ADMIN)
public class ClinicSettingsView extends VerticalLayout implements HasDynamicTitle {

  private final TextField name = new TextField(getTranslation("settings.name"));
  private final TimeZonePicker timeZone = new TimeZonePicker(getTranslation("settings.timeZone"));
  private final EmailField contactEmail = new EmailField(getTranslation("settings.contactEmail"));
  private final TextField contactPhone = new TextField(getTranslation("settings.contactPhone"));
  private final TextArea welcomeText = new TextArea(getTranslation("settings.welcomeText"));
  private final TextField videoLinkTemplate =
      new TextField(getTranslation("settings.videoLinkTemplate"));
  private final TextField reminderHours = new TextField(getTranslation("settings.reminderHours"));
  private final TextField neutralName = new TextField(getTranslation("settings.neutralName"));
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
    var save = new Button(getTranslation("settings.save"), click -> save(settings));
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
        new H1(getTranslation("settings.clinicSettings")),
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
    welcomeText.setHelperText(getTranslation("settings.welcomeText.hint"));
    videoLinkTemplate.setId("settings-video-template");
    videoLinkTemplate.setHelperText(
        getTranslation("settings.videoLinkTemplate.hint", "{group}", "{session}"));
    reminderHours.setId("settings-reminder-hours");
    reminderHours.setHelperText(getTranslation("settings.reminderHours.hint"));
    neutralName.setId("settings-neutral-name");
    neutralName.setMaxLength(60);
    neutralName.setPlaceholder(ClinicSettings.DEFAULT_NEUTRAL_NAME);
    neutralName.setHelperText(
        getTranslation("settings.neutralName.hint", ClinicSettings.DEFAULT_NEUTRAL_NAME));
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
      Notification.show(
              getTranslation("settings.settingsSaved"), 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.clinicSettings");
  }
}
