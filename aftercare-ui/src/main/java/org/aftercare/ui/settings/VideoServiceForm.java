package org.aftercare.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.aftercare.integrations.video.VideoAddresses;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.CopyableField;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.video.VideoProviderKind;
import org.aftercare.video.VideoProviders;
import org.aftercare.video.VideoSettings;
import org.aftercare.video.VideoSetup;

/**
 * The video service that reports who joined: its kind, the secret it signs events with (never shown
 * again once stored), the grace minutes, and the address to paste into the provider.
 */
class VideoServiceForm extends VerticalLayout {

  private final Select<VideoProviderKind> kind = new Select<>();
  private final PasswordField secret = new PasswordField(getTranslation("settings.video.secret"));
  private final IntegerField grace = new IntegerField(getTranslation("settings.video.grace"));
  private final CopyableField receiver =
      new CopyableField(getTranslation("settings.video.receiver"), "");
  private final VideoAddresses addresses;

  VideoServiceForm(VideoProviders providers, VideoAddresses addresses) {
    this.addresses = addresses;
    setPadding(false);
    setId("video-service");
    configureFields();
    var errors =
        new FieldErrors(kind)
            .field("kind", kind)
            .field("secret", secret)
            .field("graceMinutes", grace);
    var save =
        new Button(
            getTranslation("settings.video.save"),
            click -> {
              errors.clear();
              try {
                show(
                    providers.save(
                        new VideoSettings(
                            kind.getValue(),
                            secret.getValue(),
                            grace.getValue() == null ? -1 : grace.getValue())));
                Notification.show(
                        getTranslation("settings.video.videoServiceSaved"),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-video-service");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var form = new FormLayout(kind, secret, grace, receiver);
    form.setColspan(receiver, 2);
    add(
        new H2(getTranslation("settings.video.attendanceFromThe")),
        new Paragraph(getTranslation("settings.video.intro")),
        form,
        save);
    providers.setup().ifPresentOrElse(this::show, () -> receiver.setVisible(false));
  }

  private void configureFields() {
    kind.setId("video-kind");
    kind.setLabel(getTranslation("settings.video.kind"));
    kind.setItems(VideoProviderKind.values());
    kind.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    secret.setId("video-secret");
    secret.setMaxLength(300);
    grace.setId("video-grace");
    grace.setMin(0);
    grace.setMax(VideoSettings.MAX_GRACE_MINUTES);
    grace.setStepButtonsVisible(true);
    grace.setValue(VideoProviders.DEFAULT_GRACE_MINUTES);
    grace.setHelperText(getTranslation("settings.video.grace.hint"));
    receiver.setId("video-receiver-url");
    receiver.setHelperText(getTranslation("settings.video.receiver.hint"));
  }

  private void show(VideoSetup setup) {
    kind.setValue(setup.kind());
    grace.setValue(setup.graceMinutes());
    secret.clear();
    secret.setPlaceholder(setup.hasSecret() ? getTranslation("settings.video.secret.stored") : "");
    secret.setHelperText(
        getTranslation(
            setup.kind() == VideoProviderKind.ZOOM
                ? "settings.video.secret.zoom"
                : "settings.video.secret.standard"));
    receiver.setValue(addresses.receiverUrl(setup));
    receiver.setVisible(true);
  }
}
