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
  private final PasswordField secret = new PasswordField("Webhook secret");
  private final IntegerField grace = new IntegerField("Grace minutes");
  private final CopyableField receiver = new CopyableField("Address for the video service", "");
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
            "Save video service",
            click -> {
              errors.clear();
              try {
                show(
                    providers.save(
                        new VideoSettings(
                            kind.getValue(),
                            secret.getValue(),
                            grace.getValue() == null ? -1 : grace.getValue())));
                Notification.show("Video service saved", 3000, Notification.Position.BOTTOM_START)
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
        new H2("Attendance from the video service"),
        new Paragraph(
            "Each client's Join link carries a key of their own, so the video service can report"
                + " who joined and left. Facilitators see its report on the roster and confirm it;"
                + " it never changes what they recorded."),
        form,
        save);
    providers.setup().ifPresentOrElse(this::show, () -> receiver.setVisible(false));
  }

  private void configureFields() {
    kind.setId("video-kind");
    kind.setLabel("Video service");
    kind.setItems(VideoProviderKind.values());
    kind.setItemLabelGenerator(VideoProviderKind::label);
    secret.setId("video-secret");
    secret.setMaxLength(300);
    grace.setId("video-grace");
    grace.setMin(0);
    grace.setMax(VideoSettings.MAX_GRACE_MINUTES);
    grace.setStepButtonsVisible(true);
    grace.setValue(VideoProviders.DEFAULT_GRACE_MINUTES);
    grace.setHelperText(
        "Joining this long after the start is not late; leaving this long before the end is not early.");
    receiver.setId("video-receiver-url");
    receiver.setHelperText(
        "Zoom: the event notification endpoint of your app, with participant joined and left."
            + " Others: the Standard Webhooks endpoint.");
  }

  private void show(VideoSetup setup) {
    kind.setValue(setup.kind());
    grace.setValue(setup.graceMinutes());
    secret.clear();
    secret.setPlaceholder(setup.hasSecret() ? "Stored — leave empty to keep it" : "");
    secret.setHelperText(
        setup.kind() == VideoProviderKind.ZOOM
            ? "Your Zoom app's secret token."
            : "The endpoint's signing secret (whsec_…).");
    receiver.setValue(addresses.receiverUrl(setup));
    receiver.setVisible(true);
  }
}
