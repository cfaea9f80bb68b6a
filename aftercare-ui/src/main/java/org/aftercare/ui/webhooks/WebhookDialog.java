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
import org.aftercare.webhooks.NewSubscription;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;

/**
 * Adds an endpoint, then shows its signing secret once: the system needs it to check each
 * delivery's signature, and the portal never shows it again.
 */
class WebhookDialog extends Dialog {

  private final TextField url = new TextField("Address");
  private final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
  private final TextField description = new TextField("Which system (for your records)");
  private final FieldErrors errors =
      new FieldErrors(url)
          .field("url", url)
          .field("events", events)
          .field("description", description);

  WebhookDialog(Webhooks webhooks, Runnable onSaved) {
    setHeaderTitle("Add webhook endpoint");
    setWidth("min(36rem, 100vw)");
    url.setId("webhook-url");
    url.setPlaceholder("https://scheduling.example.org/hooks/aftercare");
    url.setRequiredIndicatorVisible(true);
    url.setWidthFull();
    events.setId("webhook-events");
    events.setItems(WebhookEvent.values());
    events.setItemLabelGenerator(WebhookEvent::label);
    events.setItemHelperGenerator(WebhookEvent::type);
    events.setRequiredIndicatorVisible(true);
    description.setId("webhook-description");
    description.setMaxLength(200);
    var form = new FormLayout(url, events, description);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form);
    var save =
        new Button(
            "Add",
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
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void showSecret(NewSubscription added) {
    removeAll();
    getFooter().removeAll();
    setHeaderTitle("Endpoint added");
    var secret = new CopyableField("Signing secret", added.secret());
    secret.setId("webhook-secret");
    secret.setWidthFull();
    add(
        new Paragraph(
            "Give this secret to the system's developers now: it checks each delivery's"
                + " webhook-signature with it. It is not shown again; to change it, remove the"
                + " endpoint and add it anew."),
        secret);
    var done = new Button("Done", click -> close());
    done.setId("webhook-secret-done");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(done);
  }
}
