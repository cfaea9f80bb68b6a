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

  private final TextField name = new TextField("Name");
  private final TextField organisation = new TextField("Organisation it acts for");
  private final TextField jwksUrl = new TextField("Address of its public keys (JWK Set URL)");
  private final TextArea jwks = new TextArea("…or its public keys pasted here (JWK Set)");
  private final CheckboxGroup<ApiScope> scopes =
      new CheckboxGroup<>("Records it may read (FHIR API, outside care teams)");
  private final CheckboxGroup<ApiScope> clinicScopes =
      new CheckboxGroup<>("What it may do (REST API, the clinic's own systems)");
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
    setHeaderTitle(existing == null ? "Register API client" : "Change " + existing.getName());
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
            "Save",
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
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  private void configureFields() {
    name.setId("api-client-name");
    name.setMaxLength(120);
    name.setHelperText("The EHR as staff know it, for example the practice's system.");
    organisation.setId("api-client-organisation");
    organisation.setMaxLength(200);
    organisation.setHelperText("The practice or hospital whose staff read through it.");
    jwksUrl.setId("api-client-jwks-url");
    jwksUrl.setPlaceholder("https://ehr.example/.well-known/jwks.json");
    jwksUrl.setHelperText(
        "Where the EHR publishes the keys its token requests are signed with. Leave empty to paste"
            + " them below.");
    jwks.setId("api-client-jwks");
    jwks.setPlaceholder("{\"keys\": [ … ]}");
    jwks.setMaxHeight("14rem");
    jwks.setHelperText("Public keys only; the vendor replaces this set when they change keys.");
    scopes.setId("api-client-scopes");
    scopes.setItems(ApiScope.of(ApiScope.Api.FHIR));
    scopes.setItemLabelGenerator(ApiScope::label);
    scopes.setItemHelperGenerator(ApiScope::value);
    scopes.setHelperText(
        "Of the clients a clinician names it for, and only while their consent allows.");
    clinicScopes.setId("api-client-clinic-scopes");
    clinicScopes.setItems(ApiScope.of(ApiScope.Api.CLINIC));
    clinicScopes.setItemLabelGenerator(ApiScope::label);
    clinicScopes.setHelperText(
        "Only for the clinic's own systems: they reach every client of the clinic, as a clinician"
            + " does, without asking for consent.");
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
