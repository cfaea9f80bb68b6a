package org.aftercare.ui.clinics;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;
import org.aftercare.clinics.ClinicProvisioning;
import org.aftercare.clinics.ClinicSummary;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.TimeZonePicker;

/**
 * Registers a clinic: name, the short name in its sign-in link (suggested from the name), time
 * zone. A rule the service refuses lands as a message at its field, and the dialog keeps what was
 * typed.
 */
class ClinicDialog extends Dialog {

  private final TextField name = new TextField(getTranslation("clinics.dialog.name"));
  private final TextField slug = new TextField(getTranslation("clinics.dialog.slug"));
  private final TimeZonePicker timeZone =
      new TimeZonePicker(getTranslation("clinics.dialog.timeZone"));
  private final EmailField firstAdmin = new EmailField(getTranslation("clinics.dialog.firstAdmin"));
  private final FieldErrors errors =
      new FieldErrors(timeZone)
          .field("name", name)
          .field("slug", slug)
          .field("firstAdmin", firstAdmin);
  private boolean slugEdited;

  ClinicDialog(ClinicProvisioning provisioning, Consumer<ClinicSummary> onRegistered) {
    setHeaderTitle(getTranslation("clinics.dialog.title"));
    setWidth("min(36rem, 100vw)");
    configureFields();
    add(new FormLayout(name, slug, timeZone, firstAdmin));
    var register =
        new Button(
            getTranslation("clinics.dialog.register"),
            click -> register(provisioning, onRegistered));
    register.setId("register-clinic");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    register.addClickShortcut(Key.ENTER);
    var cancel = new Button(getTranslation("clinics.dialog.cancel"), click -> close());
    getFooter().add(cancel, register);
  }

  private void configureFields() {
    name.setId("clinic-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(200);
    name.setValueChangeMode(ValueChangeMode.EAGER);
    name.addValueChangeListener(
        change -> {
          if (!slugEdited) {
            slug.setValue(suggestSlug(change.getValue()));
          }
        });
    slug.setId("clinic-slug");
    slug.setRequiredIndicatorVisible(true);
    slug.setMaxLength(63);
    slug.addThemeVariants(TextFieldVariant.LUMO_SMALL);
    slug.setHelperText(getTranslation("clinics.dialog.slug.hint"));
    slug.addValueChangeListener(change -> slugEdited |= change.isFromClient());
    timeZone.setId("clinic-time-zone");
    timeZone.setValue("America/New_York");
    firstAdmin.setId("clinic-first-admin");
    firstAdmin.setRequiredIndicatorVisible(true);
    firstAdmin.setHelperText(getTranslation("clinics.dialog.firstAdmin.hint"));
  }

  private void register(ClinicProvisioning provisioning, Consumer<ClinicSummary> onRegistered) {
    errors.clear();
    try {
      var clinic =
          provisioning.register(
              name.getValue(), slug.getValue(), timeZone.getValue(), firstAdmin.getValue());
      close();
      onRegistered.accept(clinic);
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
    }
  }

  static String suggestSlug(String clinicName) {
    String ascii = Normalizer.normalize(clinicName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
  }
}
