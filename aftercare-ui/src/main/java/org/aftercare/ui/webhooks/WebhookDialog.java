package org.aftercare.ui.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.CopyableField;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.webhooks.NewSubscription;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;

/**
 * Adds an endpoint, then shows its signing secret once: the system needs it to check each
 * delivery's signature, and the portal never shows it again.
 */
class WebhookDialog extends Dialog {

  private final TextField url = new TextField(getTranslation("webhooks.dialog.url"));
  private final CheckboxGroup<WebhookEvent> events =
      new CheckboxGroup<>(getTranslation("webhooks.dialog.events"));
  private final TextField description =
      new TextField(getTranslation("webhooks.dialog.description"));
  private final FieldErrors errors =
      new FieldErrors(url)
          .field("url", url)
          .field("events", events)
          .field("description", description);

  WebhookDialog(Webhooks webhooks, Runnable onSaved) {
    setHeaderTitle(getTranslation("webhooks.dialog.title"));
    setWidth("min(36rem, 100vw)");
    url.setId("webhook-url");
    url.setPlaceholder("https://scheduling.example.org/hooks/aftercare");
    url.setRequiredIndicatorVisible(true);
    url.setWidthFull();
    events.setId("webhook-events");
    events.setItems(WebhookEvent.values());
    events.setItemLabelGenerator(event -> Labels.of(event, event.label()));
    events.setItemHelperGenerator(WebhookEvent::type);
    events.setRequiredIndicatorVisible(true);
    description.setId("webhook-description");
    description.setMaxLength(200);
    var form = new FormLayout(url, events, description);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form);
    var save =
        new Button(
            getTranslation("webhooks.dialog.save"),
            click -> {
              errors.clear();
              try {
                NewSubscription added =
                    webhooks.subscribe(url.getValue(), events.getValue(), description.getValue());
                onSaved.run();
                showSecret(added);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-webhook");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("webhooks.dialog.cancel"), click -> close()), save);
  }

  private void showSecret(NewSubscription added) {
    removeAll();
    getFooter().removeAll();
    setHeaderTitle(getTranslation("webhooks.dialog.added"));
    var secret = new CopyableField(getTranslation("webhooks.dialog.secret"), added.secret());
    secret.setId("webhook-secret");
    secret.setWidthFull();
    add(new Paragraph(getTranslation("webhooks.dialog.secret.hint")), secret);
    var done = new Button(getTranslation("webhooks.dialog.done"), click -> close());
    done.setId("webhook-secret-done");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(done);
  }
}
