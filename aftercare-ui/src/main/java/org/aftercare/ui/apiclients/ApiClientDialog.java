package org.aftercare.ui.apiclients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.access.ApiScope;
import org.aftercare.apiclients.ApiClient;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * Registers an EHR that pulls through the FHIR API, or changes one: its name, the organisation it
 * acts for, its public keys — the address it publishes them at, or the set pasted in — and the
 * records it may read.
 */
class ApiClientDialog extends Dialog {

  /** The shape of a JWK Set, the same in every language. */
  private static final String JWKS_SHAPE = "{\"keys\": [ … ]}";

  private final TextField name = new TextField(getTranslation("apiclients.dialog.name"));
  private final TextField organisation =
      new TextField(getTranslation("apiclients.dialog.organisation"));
  private final TextField jwksUrl = new TextField(getTranslation("apiclients.dialog.jwksUrl"));
  private final TextArea jwks = new TextArea(getTranslation("apiclients.dialog.jwks"));
  private final CheckboxGroup<ApiScope> scopes =
      new CheckboxGroup<>(getTranslation("apiclients.dialog.scopes"));
  private final CheckboxGroup<ApiScope> clinicScopes =
      new CheckboxGroup<>(getTranslation("apiclients.dialog.clinicScopes"));
  private final FieldErrors errors =
      new FieldErrors(name)
          .field("name", name)
          .field("organisation", organisation)
          .field("jwksUrl", jwksUrl)
          .field("jwks", jwks)
          .field("scopes", scopes)
          .field("scopes", clinicScopes);

  /**
   * @param existing the client to change, or null to register one
   */
  ApiClientDialog(ApiClients apiClients, ApiClient existing, Consumer<ApiClient> onSaved) {
    setHeaderTitle(
        existing == null
            ? getTranslation("apiclients.dialog.register")
            : getTranslation("apiclients.dialog.change", existing.getName()));
    setWidth("min(40rem, 100vw)");
    configureFields();
    if (existing != null) {
      show(existing.details());
    }
    var form = new FormLayout(name, organisation, jwksUrl, jwks, scopes, clinicScopes);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    add(form);
    var save =
        new Button(
            getTranslation("apiclients.dialog.save"),
            click -> {
              errors.clear();
              try {
                onSaved.accept(
                    apiClients.save(existing == null ? null : existing.getId(), details()));
                close();
              } catch (InvalidInputException invalid) {
                errors.show(invalid);
              }
            });
    save.setId("save-api-client");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("apiclients.dialog.cancel"), click -> close()), save);
  }

  private void configureFields() {
    name.setId("api-client-name");
    name.setMaxLength(120);
    name.setHelperText(getTranslation("apiclients.dialog.name.hint"));
    organisation.setId("api-client-organisation");
    organisation.setMaxLength(200);
    organisation.setHelperText(getTranslation("apiclients.dialog.organisation.hint"));
    jwksUrl.setId("api-client-jwks-url");
    jwksUrl.setPlaceholder("https://ehr.example/.well-known/jwks.json");
    jwksUrl.setHelperText(getTranslation("apiclients.dialog.jwksUrl.hint"));
    jwks.setId("api-client-jwks");
    jwks.setPlaceholder(JWKS_SHAPE);
    jwks.setMaxHeight("14rem");
    jwks.setHelperText(getTranslation("apiclients.dialog.jwks.hint"));
    scopes.setId("api-client-scopes");
    scopes.setItems(ApiScope.of(ApiScope.Api.FHIR));
    scopes.setItemLabelGenerator(ApiScope::label);
    scopes.setItemHelperGenerator(ApiScope::value);
    scopes.setHelperText(getTranslation("apiclients.dialog.scopes.hint"));
    clinicScopes.setId("api-client-clinic-scopes");
    clinicScopes.setItems(ApiScope.of(ApiScope.Api.CLINIC));
    clinicScopes.setItemLabelGenerator(ApiScope::label);
    clinicScopes.setHelperText(getTranslation("apiclients.dialog.clinicWide.hint"));
  }

  private void show(ApiClientDetails details) {
    name.setValue(details.name());
    organisation.setValue(details.organisation());
    jwksUrl.setValue(Optional.ofNullable(details.jwksUrl()).orElse(""));
    jwks.setValue(Optional.ofNullable(details.jwks()).orElse(""));
    Set<ApiScope> allowed =
        details.scopes().stream()
            .flatMap(scope -> ApiScope.of(scope).stream())
            .collect(Collectors.toSet());
    scopes.setValue(
        allowed.stream().filter(s -> s.api() == ApiScope.Api.FHIR).collect(Collectors.toSet()));
    clinicScopes.setValue(
        allowed.stream().filter(s -> s.api() == ApiScope.Api.CLINIC).collect(Collectors.toSet()));
  }

  private ApiClientDetails details() {
    Set<String> allowed =
        Stream.concat(scopes.getValue().stream(), clinicScopes.getValue().stream())
            .map(ApiScope::value)
            .collect(Collectors.toSet());
    return new ApiClientDetails(
        name.getValue(), organisation.getValue(), jwksUrl.getValue(), jwks.getValue(), allowed);
  }
}
