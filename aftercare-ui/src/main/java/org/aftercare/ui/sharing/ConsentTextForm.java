package org.aftercare.ui.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.Consents;
import org.aftercare.ui.components.FieldErrors;

/**
 * The clinic's own consent wording, or (left empty) the portal's default. Consents already signed
 * keep the words they were signed in.
 */
class ConsentTextForm extends VerticalLayout {

  ConsentTextForm(Consents consents) {
    setPadding(false);
    setId("consent-text-settings");
    var text = new TextArea(getTranslation("sharing.consentText.text"));
    text.setId("clinic-consent-text");
    text.setWidthFull();
    text.setMinHeight("12rem");
    text.setMaxLength(6000);
    text.setPlaceholder(Consents.defaultText());
    text.setValue(consents.clinicText().orElse(""));
    text.setHelperText(
        getTranslation(
            "sharing.consentText.text.hint",
            "{client}",
            "{program}",
            "{recipient}",
            "{data}",
            "{purpose}",
            "{starts}",
            "{expires}"));
    var startFromDefault =
        new Button(
            getTranslation("sharing.consentText.startFromDefault"),
            click -> text.setValue(Consents.defaultText()));
    startFromDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var save =
        new Button(
            getTranslation("sharing.consentText.save"),
            click -> {
              var errors = new FieldErrors(text);
              errors.clear();
              try {
                consents.saveClinicText(text.getValue());
                Notification.show(
                        getTranslation("sharing.consentText.consentTextSaved"),
                        3000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-consent-text");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var intro = new Paragraph(getTranslation("sharing.consentText.intro"));
    intro.addClassNames("text-secondary", "mt-0");
    add(
        new H2(getTranslation("sharing.consentText.text")),
        intro,
        text,
        new HorizontalLayout(save, startFromDefault));
  }
}
