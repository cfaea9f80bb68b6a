package org.aftercare.ui.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.CareTeamEndpoint;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.EndpointKind;
import org.aftercare.sharing.EndpointSettings;
import org.aftercare.sharing.SmartClient;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;

/**
 * Adds a connection to a care team's system, or changes one. A FHIR server takes a base URL and,
 * for basic authentication, a user name and password; an HL7 v2 interface takes host, port, TLS and
 * the MSH applications and facilities. The stored password is never shown: blank keeps it.
 */
class ConnectionDialog extends Dialog {

  private final TextField name = new TextField(getTranslation("sharing.connection.name"));
  private final RadioButtonGroup<EndpointKind> kind =
      new RadioButtonGroup<>(getTranslation("sharing.connection.kind"));
  private final TextField baseUrl = new TextField(getTranslation("sharing.connection.baseUrl"));
  private final RadioButtonGroup<Authentication> authentication =
      new RadioButtonGroup<>(getTranslation("sharing.connection.authentication"));
  private final TextField username = new TextField(getTranslation("sharing.connection.username"));
  private final PasswordField password =
      new PasswordField(getTranslation("sharing.connection.password"));
  private final TextField host = new TextField(getTranslation("sharing.connection.host"));
  private final IntegerField port = new IntegerField(getTranslation("sharing.connection.port"));
  private final Checkbox tls = new Checkbox(getTranslation("sharing.connection.tls"));
  private final TextField sendingApplication =
      new TextField(getTranslation("sharing.connection.sendingApplication"));
  private final TextField sendingFacility =
      new TextField(getTranslation("sharing.connection.sendingFacility"));
  private final TextField receivingApplication =
      new TextField(getTranslation("sharing.connection.receivingApplication"));
  private final TextField receivingFacility =
      new TextField(getTranslation("sharing.connection.receivingFacility"));
  private final TextField tokenUrl = new TextField(getTranslation("sharing.connection.tokenUrl"));
  private final TextField clientId = new TextField(getTranslation("sharing.connection.clientId"));
  private final TextField scope = new TextField(getTranslation("sharing.connection.scope"));
  private final TextArea publicJwks = new TextArea(getTranslation("sharing.connection.publicJwks"));
  private final FieldErrors errors;

  /** How the portal proves itself to a FHIR server; shown as {@code …authentication.<NAME>}. */
  private enum Authentication {
    NONE,
    BASIC,
    SMART
  }

  /**
   * @param existing the connection to change, or null to add one
   */
  ConnectionDialog(
      CareTeams careTeams, CareTeamEndpoint existing, Consumer<CareTeamEndpoint> onSaved) {
    setHeaderTitle(
        existing == null
            ? getTranslation("sharing.connection.add")
            : getTranslation("sharing.change", existing.getName()));
    setWidth("min(40rem, 100vw)");
    configureFields(existing);
    errors =
        new FieldErrors(name)
            .field("name", name)
            .field("kind", kind)
            .field("baseUrl", baseUrl)
            .field("username", username)
            .field("password", password)
            .field("tokenUrl", tokenUrl)
            .field("clientId", clientId)
            .field("scope", scope)
            .field("host", host)
            .field("port", port)
            .field("receivingApplication", receivingApplication)
            .field("receivingFacility", receivingFacility);
    var form =
        new FormLayout(
            name,
            kind,
            baseUrl,
            authentication,
            username,
            password,
            tokenUrl,
            clientId,
            scope,
            publicJwks,
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
    form.setColspan(authentication, 2);
    form.setColspan(scope, 2);
    form.setColspan(publicJwks, 2);
    add(form);
    var save =
        new Button(
            getTranslation("sharing.connection.save"),
            click -> {
              errors.clear();
              try {
                CareTeamEndpoint saved =
                    careTeams.saveEndpoint(existing == null ? null : existing.getId(), settings());
                onSaved.accept(saved);
                close();
                if (existing == null && saved.getPublicJwks() != null) {
                  // The EHR needs the new public keys before the first token: show them at once.
                  new ConnectionDialog(careTeams, saved, onSaved).open();
                }
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-connection");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter()
        .add(new Button(getTranslation("sharing.connection.cancel"), click -> close()), save);
  }

  private void configureFields(CareTeamEndpoint existing) {
    name.setId("connection-name");
    name.setMaxLength(120);
    name.setHelperText(getTranslation("sharing.connection.name.hint"));
    kind.setId("connection-kind");
    kind.setItems(EndpointKind.values());
    kind.setItemLabelGenerator(value -> Labels.of(value, value.label()));
    baseUrl.setId("connection-base-url");
    baseUrl.setPlaceholder("https://ehr.example/fhir");
    authentication.setId("connection-authentication");
    authentication.setItems(Authentication.values());
    authentication.setItemLabelGenerator(
        choice -> getTranslation("sharing.connection.authentication." + choice.name()));
    authentication.addValueChangeListener(change -> showKind());
    tokenUrl.setId("connection-token-url");
    tokenUrl.setPlaceholder("https://ehr.example/oauth2/token");
    clientId.setId("connection-client-id");
    scope.setId("connection-scope");
    scope.setPlaceholder(SmartClient.DEFAULT_SCOPE);
    publicJwks.setId("connection-public-jwks");
    publicJwks.setReadOnly(true);
    publicJwks.setHelperText(getTranslation("sharing.connection.publicJwks.hint"));
    username.setId("connection-username");
    password.setId("connection-password");
    boolean stored = existing != null && existing.hasPassword();
    password.setHelperText(
        getTranslation(
            stored ? "sharing.connection.password.stored" : "sharing.connection.password.hint"));
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
      authentication.setValue(Authentication.NONE);
      tls.setValue(true);
    } else {
      show(existing.settings());
      publicJwks.setValue(orEmpty(existing.getPublicJwks()));
    }
    showKind();
  }

  private void show(EndpointSettings settings) {
    name.setValue(settings.name());
    kind.setValue(settings.kind());
    baseUrl.setValue(orEmpty(settings.baseUrl()));
    username.setValue(orEmpty(settings.username()));
    authentication.setValue(
        settings.smart() != null
            ? Authentication.SMART
            : settings.username() != null ? Authentication.BASIC : Authentication.NONE);
    if (settings.smart() != null) {
      tokenUrl.setValue(orEmpty(settings.smart().tokenUrl()));
      clientId.setValue(orEmpty(settings.smart().clientId()));
      scope.setValue(orEmpty(settings.smart().scope()));
    }
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
    Authentication how = authentication.getValue();
    baseUrl.setVisible(fhir);
    authentication.setVisible(fhir);
    username.setVisible(fhir && how == Authentication.BASIC);
    password.setVisible(fhir && how == Authentication.BASIC);
    tokenUrl.setVisible(fhir && how == Authentication.SMART);
    clientId.setVisible(fhir && how == Authentication.SMART);
    scope.setVisible(fhir && how == Authentication.SMART);
    publicJwks.setVisible(fhir && how == Authentication.SMART && !publicJwks.isEmpty());
    host.setVisible(!fhir);
    port.setVisible(!fhir);
    tls.setVisible(!fhir);
    sendingApplication.setVisible(!fhir);
    sendingFacility.setVisible(!fhir);
    receivingApplication.setVisible(!fhir);
    receivingFacility.setVisible(!fhir);
  }

  private EndpointSettings settings() {
    Authentication how = authentication.getValue();
    return new EndpointSettings(
        name.getValue(),
        kind.getValue(),
        baseUrl.getValue(),
        how == Authentication.BASIC ? username.getValue() : null,
        how == Authentication.BASIC ? password.getValue() : null,
        host.getValue(),
        port.getValue(),
        tls.getValue(),
        sendingApplication.getValue(),
        sendingFacility.getValue(),
        receivingApplication.getValue(),
        receivingFacility.getValue(),
        how == Authentication.SMART
            ? new SmartClient(tokenUrl.getValue(), clientId.getValue(), scope.getValue())
            : null);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
