package org.aftercare.ui.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.EndpointKind;
import org.aftercare.sharing.EndpointSettings;
import org.aftercare.ui.components.FieldErrors;

/**
 * Adds a connection to a care team's system, or changes one. A FHIR server takes a base URL and,
 * for basic authentication, a user name and password; an HL7 v2 interface takes host, port, TLS and
 * the MSH applications and facilities. The stored password is never shown: blank keeps it.
 */
class ConnectionDialog extends Dialog {

  private final TextField name = new TextField("Name");
  private final RadioButtonGroup<EndpointKind> kind = new RadioButtonGroup<>("Kind");
  private final TextField baseUrl = new TextField("Base URL");
  private final TextField username = new TextField("User name (optional)");
  private final PasswordField password = new PasswordField("Password");
  private final TextField host = new TextField("Host");
  private final IntegerField port = new IntegerField("Port");
  private final Checkbox tls = new Checkbox("Use TLS");
  private final TextField sendingApplication = new TextField("Sending application (MSH-3)");
  private final TextField sendingFacility = new TextField("Sending facility (MSH-4)");
  private final TextField receivingApplication = new TextField("Receiving application (MSH-5)");
  private final TextField receivingFacility = new TextField("Receiving facility (MSH-6)");
  private final FieldErrors errors;

  /**
   * @param existing the connection to change, or null to add one
   */
  ConnectionDialog(
      CareTeams careTeams, CareTeamEndpoint existing, Consumer<CareTeamEndpoint> onSaved) {
    setHeaderTitle(existing == null ? "Add connection" : "Change " + existing.getName());
    setWidth("min(40rem, 100vw)");
    configureFields(existing);
    errors =
        new FieldErrors(name)
            .field("name", name)
            .field("kind", kind)
            .field("baseUrl", baseUrl)
            .field("username", username)
            .field("password", password)
            .field("host", host)
            .field("port", port)
            .field("receivingApplication", receivingApplication)
            .field("receivingFacility", receivingFacility);
    var form =
        new FormLayout(
            name,
            kind,
            baseUrl,
            username,
            password,
            host,
            port,
            tls,
            sendingApplication,
            sendingFacility,
            receivingApplication,
            receivingFacility);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    form.setColspan(name, 2);
    form.setColspan(kind, 2);
    form.setColspan(baseUrl, 2);
    add(form);
    var save =
        new Button(
            "Save",
            click -> {
              errors.clear();
              try {
                onSaved.accept(
                    careTeams.saveEndpoint(existing == null ? null : existing.getId(), settings()));
                close();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-connection");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void configureFields(CareTeamEndpoint existing) {
    name.setId("connection-name");
    name.setMaxLength(120);
    name.setHelperText("For example the practice or hospital.");
    kind.setId("connection-kind");
    kind.setItems(EndpointKind.values());
    kind.setItemLabelGenerator(EndpointKind::label);
    baseUrl.setId("connection-base-url");
    baseUrl.setPlaceholder("https://ehr.example/fhir");
    username.setId("connection-username");
    password.setId("connection-password");
    boolean stored = existing != null && existing.hasPassword();
    password.setHelperText(
        stored ? "A password is stored; leave blank to keep it." : "For basic authentication.");
    host.setId("connection-host");
    port.setId("connection-port");
    port.setMin(1);
    port.setMax(65535);
    tls.setId("connection-tls");
    sendingApplication.setId("connection-sending-application");
    sendingFacility.setId("connection-sending-facility");
    receivingApplication.setId("connection-receiving-application");
    receivingFacility.setId("connection-receiving-facility");
    kind.addValueChangeListener(change -> showKind());
    if (existing == null) {
      kind.setValue(EndpointKind.FHIR);
      tls.setValue(true);
    } else {
      show(existing.settings());
    }
    showKind();
  }

  private void show(EndpointSettings settings) {
    name.setValue(settings.name());
    kind.setValue(settings.kind());
    baseUrl.setValue(orEmpty(settings.baseUrl()));
    username.setValue(orEmpty(settings.username()));
    host.setValue(orEmpty(settings.host()));
    port.setValue(settings.port());
    tls.setValue(settings.tls());
    sendingApplication.setValue(orEmpty(settings.sendingApplication()));
    sendingFacility.setValue(orEmpty(settings.sendingFacility()));
    receivingApplication.setValue(orEmpty(settings.receivingApplication()));
    receivingFacility.setValue(orEmpty(settings.receivingFacility()));
  }

  private void showKind() {
    boolean fhir = kind.getValue() == EndpointKind.FHIR;
    baseUrl.setVisible(fhir);
    username.setVisible(fhir);
    password.setVisible(fhir);
    host.setVisible(!fhir);
    port.setVisible(!fhir);
    tls.setVisible(!fhir);
    sendingApplication.setVisible(!fhir);
    sendingFacility.setVisible(!fhir);
    receivingApplication.setVisible(!fhir);
    receivingFacility.setVisible(!fhir);
  }

  private EndpointSettings settings() {
    return new EndpointSettings(
        name.getValue(),
        kind.getValue(),
        baseUrl.getValue(),
        username.getValue(),
        password.getValue(),
        host.getValue(),
        port.getValue(),
        tls.getValue(),
        sendingApplication.getValue(),
        sendingFacility.getValue(),
        receivingApplication.getValue(),
        receivingFacility.getValue());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
