package org.aftercare.ui.clients;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aftercare.clients.Client;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.Pickers;

/**
 * Add or edit a client. Validation messages come from the entity's Bean Validation constraints and
 * appear at the field; the form raises {@link SaveEvent} and {@link CancelEvent} for its owner.
 */
public class ClientForm extends FormLayout {

  private static final List<String> LANGUAGES =
      Arrays.stream(Locale.getISOLanguages())
          .sorted(Comparator.comparing(Labels::language))
          .toList();

  final TextField displayName = new TextField(getTranslation("clients.form.displayName"));
  final TextField legalName = new TextField(getTranslation("clients.form.legalName"));
  final EmailField email = new EmailField(getTranslation("clients.form.email"));
  final TextField phone = new TextField(getTranslation("clients.form.phone"));
  final DatePicker recoveryStartDate =
      Pickers.date(getTranslation("clients.form.recoveryStartDate"));
  final ComboBox<String> preferredLanguage =
      new ComboBox<>(getTranslation("clients.form.preferredLanguage"));

  private final BeanValidationBinder<Client> binder = new BeanValidationBinder<>(Client.class);
  private Client client;

  public ClientForm(ZoneId clinicZone) {
    configureFields(clinicZone);
    bindFields();
    add(
        displayName,
        legalName,
        email,
        phone,
        recoveryStartDate,
        preferredLanguage,
        createButtons());
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
  }

  private void configureFields(ZoneId clinicZone) {
    displayName.setId("display-name");
    displayName.setHelperText(getTranslation("clients.form.displayName.hint"));
    displayName.setMaxLength(80);
    displayName.setRequiredIndicatorVisible(true);
    legalName.setId("legal-name");
    legalName.setHelperText(getTranslation("clients.form.legalName.hint"));
    legalName.setMaxLength(200);
    legalName.setRequiredIndicatorVisible(true);
    email.setId("email");
    // The field checks the format in the browser too; give that check the same words as the
    // server's.
    email.setI18n(
        new EmailField.EmailFieldI18n()
            .setPatternErrorMessage(getTranslation("clients.form.email.invalid")));
    phone.setId("phone");
    recoveryStartDate.setId("recovery-start");
    recoveryStartDate.setMax(LocalDate.now(clinicZone));
    recoveryStartDate.setHelperText(getTranslation("clients.form.recoveryStartDate.hint"));
    preferredLanguage.setId("preferred-language");
    preferredLanguage.setItems(LANGUAGES);
    preferredLanguage.setItemLabelGenerator(Labels::language);
  }

  private void bindFields() {
    binder.forField(email).withNullRepresentation("").bind("email");
    binder.forField(phone).withNullRepresentation("").bind("phone");
    binder.bindInstanceFields(this);
  }

  private HorizontalLayout createButtons() {
    var save = new Button(getTranslation("clients.form.save"), click -> save());
    save.setId("save-client");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    var cancel =
        new Button(
            getTranslation("clients.form.cancel"), click -> fireEvent(new CancelEvent(this)));
    cancel.addClickShortcut(Key.ESCAPE);
    var buttons = new HorizontalLayout(save, cancel);
    setColspan(buttons, 2);
    return buttons;
  }

  public void edit(Client client) {
    this.client = client;
    binder.readBean(client);
    // After creation a restart on the record changes the date, with its history.
    boolean existing = !client.isNew();
    recoveryStartDate.setReadOnly(existing);
    recoveryStartDate.setHelperText(
        getTranslation(
            existing
                ? "clients.form.recoveryStartDate.restartHint"
                : "clients.form.recoveryStartDate.hint"));
  }

  private void save() {
    if (binder.writeBeanIfValid(client)) {
      fireEvent(new SaveEvent(this, client));
    }
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The user asked to save a valid client. */
  public static class SaveEvent extends ComponentEvent<ClientForm> {
    private final Client client;

    SaveEvent(ClientForm source, Client client) {
      super(source, false);
      this.client = client;
    }

    public Client client() {
      return client;
    }
  }

  /** The user closed the form without saving. */
  public static class CancelEvent extends ComponentEvent<ClientForm> {
    CancelEvent(ClientForm source) {
      super(source, false);
    }
  }
}
